package nl.leerwerkplaats.quiz.control;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.quiz.entity.GiftParseResult;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/** A realistic quiz file: 50 questions of every type over five categories, as an author would write them. */
class GiftQuizFileTest {

    /** Question templates by type; {@code %d} is the question number. */
    private static final List<IntFunction<String>> TEMPLATES = List.of(
            n -> """
                    // Begrip %1$d
                    ::Begrip %1$d:: Wat betekent normaliseren in casus %1$d?
                    {
                        =Gewone problemen gewoon houden # Juist: dat is de kern.
                        ~Elk probleem doorverwijzen # Nee, dat is medicaliseren.
                        ~Niets doen # Nee.
                        ####Zie les 2, paragraaf 3.
                    }""".formatted(n),
            n -> "::Gezin %d:: Ouders zijn {~altijd =meestal ~nooit} de beste bron van steun.".formatted(n),
            n -> """
                    ::Signalen %d:: [html]Welke signalen vragen om <b>extra</b> zorg?
                    {
                        ~%%50%%Langdurige schooluitval # Ja.
                        ~%%50%%Zorgen over veiligheid # Ja.
                        ~%%-100%%Een ruzie met een vriend # Nee, dat hoort bij opgroeien.
                    }""".formatted(n),
            n -> "::Stelling %d:: Normaliseren betekent dat je problemen negeert.{F#Juist niet.#Klopt, het is geen negeren.}"
                    .formatted(n),
            n -> """
                    ::Begrippen %d:: Koppel het begrip aan de omschrijving. {
                        =Normaliseren -> Gewone problemen gewoon houden
                        =Demedicaliseren -> Minder diagnoses stellen
                        =Ontzorgen -> Ouders vertrouwen geven
                        = -> Opschalen
                    }""".formatted(n),
            n -> "::Jaar %d:: In welk jaar trad de Jeugdwet in werking? {#=2015:0#Goed! =%%50%%2014..2016#Bijna.}"
                    .formatted(n),
            n -> "::Wie %d:: Wie stelt de hulpvraag vast? {=de ouders#Ja. =%%50%%ouders =het gezin####Samen met het kind.}"
                    .formatted(n),
            n -> "::Reflectie %d:: Beschrijf een situatie uit je eigen praktijk waarin je normaliseerde.{}".formatted(n),
            n -> "::Casus %d:: Lees de volgende casus goed.\\nSanne (14) gaat niet meer naar school.".formatted(n),
            n -> "::Percentage %d:: Hoeveel procent van de jongeren krijgt jeugdhulp? {#10:2 ~#Kijk nog eens naar les 1.}"
                    .formatted(n));

    /** Per template, its type and how often it is used: 50 questions in all. */
    private static final String[] TYPES = {"multichoice", "multichoice", "multichoice", "truefalse", "match",
            "numerical", "shortanswer", "essay", "description", "numerical"};
    private static final int[] COUNTS = {10, 5, 5, 8, 5, 4, 7, 2, 2, 2};

    static String quizFile() {
        StringBuilder gift = new StringBuilder("\uFEFF// Eindtoets module 1, generated for the test\n\n");
        int number = 0;
        for (int template = 0; template < TEMPLATES.size(); template++) {
            for (int i = 0; i < COUNTS[template]; i++) {
                if (number % 10 == 0) {
                    gift.append("$CATEGORY: m1/eindtoets/deel").append(number / 10 + 1).append("\n\n");
                }
                number++;
                gift.append(TEMPLATES.get(template).apply(number)).append("\n\n");
            }
        }
        return gift.toString();
    }

    @Test
    @DisplayName("a realistic 50-question file gives 50 questions, counted by type, in five categories")
    void parsesFiftyQuestions() {
        String gift = quizFile();
        long start = System.nanoTime();
        GiftParseResult result = GiftParser.parse(gift, "modules-content/m1/quizzes/eindtoets.gift");
        long first = System.nanoTime() - start;

        assertEquals(List.of(), result.errors());
        assertEquals(50, result.questions().size());
        assertEquals(Map.of("multichoice", 20L, "truefalse", 8L, "match", 5L, "numerical", 6L, "shortanswer", 7L,
                "essay", 2L, "description", 2L), result.questions().stream().collect(groupingBy(GiftQuestion::type,
                counting())));
        assertEquals(5, result.questions().stream().map(GiftQuestion::category).distinct().count());
        assertEquals(5, result.questions().stream().filter(q -> q.single() == Boolean.FALSE).count());
        assertEquals(5, result.questions().stream().filter(q -> q.text().contains("_____")).count());
        List<Integer> lines = result.questions().stream().map(GiftQuestion::line).toList();
        assertTrue(lines.equals(lines.stream().sorted().distinct().toList()), "lines ascend: " + lines);
        assertEquals(gift.lines().toList().indexOf("::Begrip 1:: Wat betekent normaliseren in casus 1?") + 1,
                lines.get(0));

        long[] runs = new long[500];
        for (int i = 0; i < runs.length; i++) {
            long runStart = System.nanoTime();
            GiftParser.parse(gift, "eindtoets.gift");
            runs[i] = System.nanoTime() - runStart;
        }
        Arrays.sort(runs);
        System.out.printf("GIFT: parsing %d questions (%d lines, %d characters) took %.2f ms the first time,"
                        + " %.3f ms median of %d runs after%n", result.questions().size(), gift.lines().count(),
                gift.length(), first / 1e6, runs[runs.length / 2] / 1e6, runs.length);
    }
}
