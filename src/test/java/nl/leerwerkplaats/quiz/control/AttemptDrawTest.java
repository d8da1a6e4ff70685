package nl.leerwerkplaats.quiz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.catalog.control.QuizSettings;
import nl.leerwerkplaats.quiz.boundary.GiftQuizzes;
import nl.leerwerkplaats.quiz.control.AttemptDraw.DrawnQuestion;
import nl.leerwerkplaats.quiz.entity.GiftQuestion;

/** Which questions an attempt shows, in which order, and the order of their answers. */
class AttemptDrawTest {

    /** Questions 0 and 1 without a category, 2..7 in pool/a, 8 and 9 in pool/b. */
    static final String POOLS = """
            ::Q0:: Zero? {T}

            ::Q1:: One? {=a ~b ~c}

            $CATEGORY: pool/a

            ::A0:: A zero? {T}

            ::A1:: A one? {F}

            ::A2:: A two? {T}

            ::A3:: A three? {F}

            ::A4:: A four? {T}

            ::A5:: A five? {F}

            $CATEGORY: pool/b

            ::B0:: B zero? {T}

            ::B1:: B one? {F}
            """;

    static final Set<Integer> POOL_A = Set.of(2, 3, 4, 5, 6, 7);
    static final Set<Integer> POOL_B = Set.of(8, 9);

    static final String MULTI = "Colours? {~%50%yellow ~%50%green ~%-100%red ~blue ~black}";
    static final String MATCH = "Match.{=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo =Spain -> Madrid = -> Paris}";
    static final String SHARED = "Even?{=2 -> even =4 -> even =3 -> odd =6 -> even =5 -> odd = -> prime}";

    static List<GiftQuestion> parse(String gift) {
        return GiftQuizzes.parse(gift, "test.gift").questions();
    }

    static QuizSettings settings(boolean shuffleQuestions, boolean shuffleAnswers, Map<String, Integer> draw) {
        QuizSettings d = QuizSettings.DEFAULTS;
        return new QuizSettings(d.passMark(), d.attempts(), d.timeLimitMinutes(), shuffleQuestions, shuffleAnswers,
                draw, d.feedback(), d.finalTest());
    }

    static List<Integer> indexes(List<DrawnQuestion> drawn) {
        return drawn.stream().map(DrawnQuestion::questionIndex).toList();
    }

    static List<Integer> range(int size) {
        return IntStream.range(0, size).boxed().toList();
    }

    static List<Integer> sorted(List<Integer> list) {
        return list.stream().sorted().toList();
    }

    @Test
    @DisplayName("the test GIFT puts questions in the categories the other tests expect")
    void categoriesAsExpected() {
        List<GiftQuestion> questions = parse(POOLS);
        assertEquals(10, questions.size());
        assertEquals(null, questions.get(0).category());
        POOL_A.forEach(i -> assertEquals("pool/a", questions.get(i).category(), "question " + i));
        POOL_B.forEach(i -> assertEquals("pool/b", questions.get(i).category(), "question " + i));
    }

    @Test
    @DisplayName("without shuffling or draws every question appears once, in file order")
    void allInFileOrder() {
        List<GiftQuestion> questions = parse(POOLS);
        List<DrawnQuestion> drawn = AttemptDraw.draw(questions, settings(false, false, Map.of()), Map.of(),
                new Random(1));
        assertEquals(range(10), indexes(drawn));
    }

    @Test
    @DisplayName("the defaults draw every question in file order")
    void defaultsKeepFileOrder() {
        List<GiftQuestion> questions = parse(POOLS);
        for (int seed = 0; seed < 10; seed++) {
            assertEquals(range(10), indexes(AttemptDraw.draw(questions, QuizSettings.DEFAULTS, Map.of(),
                    new Random(seed))), "seed " + seed);
        }
    }

    @Test
    @DisplayName("shuffled questions are a permutation of all questions, and the order differs between seeds")
    void shuffledIsPermutation() {
        List<GiftQuestion> questions = parse(POOLS);
        Set<List<Integer>> orders = new HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            List<Integer> order = indexes(AttemptDraw.draw(questions, settings(true, false, Map.of()), Map.of(),
                    new Random(seed)));
            assertEquals(range(10), sorted(order), "seed " + seed);
            orders.add(order);
        }
        assertTrue(orders.size() > 1, "50 seeds gave only " + orders);
        assertTrue(orders.stream().anyMatch(order -> !order.equals(range(10))), "never left file order");
    }

    @Test
    @DisplayName("the same seed gives the same attempt")
    void sameSeedSameDraw() {
        List<GiftQuestion> questions = parse(POOLS);
        QuizSettings settings = settings(true, true, Map.of("pool/a", 2));
        assertEquals(AttemptDraw.draw(questions, settings, Map.of(), new Random(42)),
                AttemptDraw.draw(questions, settings, Map.of(), new Random(42)));
    }

    @Test
    @DisplayName("a draw of N takes exactly N from its category and all questions of other categories, in file order")
    void drawPerCategory() {
        List<GiftQuestion> questions = parse(POOLS);
        for (int seed = 0; seed < 20; seed++) {
            List<Integer> order = indexes(AttemptDraw.draw(questions, settings(false, false, Map.of("pool/a", 2)),
                    Map.of(), new Random(seed)));
            assertEquals(6, order.size(), "seed " + seed + ": " + order);
            assertEquals(sorted(order), order, "unshuffled keeps file order");
            assertEquals(Set.of(0, 1, 8, 9), Set.copyOf(order.stream().filter(i -> !POOL_A.contains(i)).toList()));
            List<Integer> fromA = order.stream().filter(POOL_A::contains).toList();
            assertEquals(2, fromA.size(), "seed " + seed + ": " + order);
            assertEquals(2, Set.copyOf(fromA).size(), "no question twice");
        }
    }

    @Test
    @DisplayName("draws in two categories, shuffled: N from each, all uncategorised, no duplicates")
    void drawTwoCategoriesShuffled() {
        List<GiftQuestion> questions = parse(POOLS);
        for (int seed = 0; seed < 20; seed++) {
            List<Integer> order = indexes(AttemptDraw.draw(questions,
                    settings(true, false, Map.of("pool/a", 3, "pool/b", 1)), Map.of(), new Random(seed)));
            assertEquals(order.size(), Set.copyOf(order).size(), "duplicates in " + order);
            assertEquals(3, order.stream().filter(POOL_A::contains).count(), "seed " + seed + ": " + order);
            assertEquals(1, order.stream().filter(POOL_B::contains).count(), "seed " + seed + ": " + order);
            assertTrue(order.containsAll(List.of(0, 1)), "seed " + seed + ": " + order);
            assertEquals(6, order.size());
        }
    }

    @Test
    @DisplayName("the drawn questions of a category vary between seeds")
    void drawIsRandom() {
        List<GiftQuestion> questions = parse(POOLS);
        Set<Set<Integer>> drawnSets = new HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            drawnSets.add(Set.copyOf(indexes(AttemptDraw.draw(questions, settings(false, false, Map.of("pool/a", 2)),
                    Map.of(), new Random(seed))).stream().filter(POOL_A::contains).toList()));
        }
        assertTrue(drawnSets.size() > 1, "always drew " + drawnSets);
    }

    @Test
    @DisplayName("a draw prefers the questions seen least often")
    void prefersLeastSeen() {
        List<GiftQuestion> questions = parse(POOLS);
        Map<Integer, Integer> seen = Map.of(2, 3, 3, 1, 4, 0, 5, 2, 6, 1, 7, 2);
        for (int seed = 0; seed < 20; seed++) {
            List<Integer> fromA = indexes(AttemptDraw.draw(questions, settings(true, false, Map.of("pool/a", 3)),
                    seen, new Random(seed))).stream().filter(POOL_A::contains).toList();
            assertEquals(Set.of(3, 4, 6), Set.copyOf(fromA), "seed " + seed);
        }
    }

    @Test
    @DisplayName("pool of 6, draw 2: three attempts that feed back what was seen show all 6 without a repeat")
    void successiveAttemptsCoverPool() {
        List<GiftQuestion> questions = parse(POOLS);
        QuizSettings settings = settings(true, true, Map.of("pool/a", 2));
        for (int seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            Map<Integer, Integer> seen = new HashMap<>();
            List<Integer> shown = new ArrayList<>();
            for (int attempt = 0; attempt < 3; attempt++) {
                for (int index : indexes(AttemptDraw.draw(questions, settings, seen, random))) {
                    seen.merge(index, 1, Integer::sum);
                    if (POOL_A.contains(index)) {
                        shown.add(index);
                    }
                }
            }
            assertEquals(6, shown.size(), "seed " + seed + ": " + shown);
            assertEquals(POOL_A, Set.copyOf(shown), "seed " + seed + ": " + shown);
            assertEquals(3, seen.get(0), "uncategorised questions appear in every attempt");
        }
    }

    @Test
    @DisplayName("a draw larger than its pool takes the whole pool")
    void drawLargerThanPool() {
        List<GiftQuestion> questions = parse(POOLS);
        List<Integer> order = indexes(AttemptDraw.draw(questions, settings(false, false, Map.of("pool/b", 5)),
                Map.of(), new Random(3)));
        assertEquals(range(10), order);
    }

    @Test
    @DisplayName("a draw of 0 leaves the category out")
    void drawZero() {
        List<GiftQuestion> questions = parse(POOLS);
        List<Integer> order = indexes(AttemptDraw.draw(questions, settings(false, false, Map.of("pool/a", 0)),
                Map.of(), new Random(3)));
        assertEquals(List.of(0, 1, 8, 9), order);
    }

    @Test
    @DisplayName("a draw for a category the quiz does not have changes nothing")
    void drawUnknownCategory() {
        List<GiftQuestion> questions = parse(POOLS);
        assertEquals(range(10), indexes(AttemptDraw.draw(questions, settings(false, false, Map.of("elsewhere", 1)),
                Map.of(), new Random(3))));
    }

    @Test
    @DisplayName("multiple choice with shuffled answers: a permutation of the answer indexes, varying by seed")
    void multichoiceShuffled() {
        GiftQuestion question = GiftSnippets.question(MULTI);
        Set<List<Integer>> orders = new HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            List<Integer> order = AttemptDraw.choiceOrder(question, settings(false, true, Map.of()), new Random(seed));
            assertEquals(range(5), sorted(order), "seed " + seed);
            orders.add(order);
        }
        assertTrue(orders.size() > 1, "always " + orders);
    }

    @Test
    @DisplayName("multiple choice without shuffled answers: the answers in file order")
    void multichoiceInOrder() {
        GiftQuestion question = GiftSnippets.question(MULTI);
        for (int seed = 0; seed < 10; seed++) {
            assertEquals(range(5), AttemptDraw.choiceOrder(question, settings(true, false, Map.of()),
                    new Random(seed)));
        }
    }

    @Test
    @DisplayName("the draw gives each question its choice order: multiple choice in file order when not shuffled")
    void drawCarriesChoiceOrder() {
        List<DrawnQuestion> drawn = AttemptDraw.draw(GiftSnippets.questions(MULTI + "\n\nTrue? {T}"),
                settings(false, false, Map.of()), Map.of(), new Random(5));
        assertEquals(List.of(new DrawnQuestion(0, range(5)), new DrawnQuestion(1, List.of())), drawn);
    }

    @Test
    @DisplayName("matching: each distinct answer once, as the index of its first pair, shuffled even without "
            + "shuffleAnswers")
    void matchingDistinctAndShuffled() {
        GiftQuestion question = GiftSnippets.question(SHARED);
        Set<List<Integer>> orders = new HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            List<Integer> order = AttemptDraw.choiceOrder(question, settings(false, false, Map.of()),
                    new Random(seed));
            // even (pair 0), odd (pair 2), prime (distractor, pair 5)
            assertEquals(List.of(0, 2, 5), sorted(order), "seed " + seed);
            orders.add(order);
        }
        assertTrue(orders.size() > 1, "never shuffled: " + orders);
    }

    @Test
    @DisplayName("matching with all answers distinct, distractor included: one index per pair")
    void matchingAllDistinct() {
        GiftQuestion question = GiftSnippets.question(MATCH);
        List<Integer> order = AttemptDraw.choiceOrder(question, settings(false, true, Map.of()), new Random(9));
        assertEquals(range(5), sorted(order));
        List<String> texts = order.stream().map(i -> question.subquestions().get(i).answer()).toList();
        assertEquals(Set.of("Ottawa", "Rome", "Tokyo", "Madrid", "Paris"), Set.copyOf(texts));
    }

    @Test
    @DisplayName("true/false, short answer, numerical, essay and description get an empty order")
    void otherTypesEmpty() {
        List<GiftQuestion> questions = GiftSnippets.questions("""
                True? {T}

                Who? {=Ann =Bob}

                How many? {#3}

                Write. {}

                Just read this.
                """);
        assertEquals(List.of(GiftQuestion.TRUEFALSE, GiftQuestion.SHORTANSWER, GiftQuestion.NUMERICAL,
                GiftQuestion.ESSAY, GiftQuestion.DESCRIPTION), questions.stream().map(GiftQuestion::type).toList());
        for (GiftQuestion question : questions) {
            assertEquals(List.of(), AttemptDraw.choiceOrder(question, settings(true, true, Map.of()), new Random(1)),
                    question.type());
        }
    }
}
