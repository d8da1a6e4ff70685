package nl.leerwerkplaats.vignette.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import nl.leerwerkplaats.catalog.control.ParsedVignettes;
import nl.leerwerkplaats.vignette.entity.RatingMoment;

class SpreadCsvTest {

    private static final ParsedVignettes SET = new ParsedVignettes("vignettes.yaml", "Set", null,
            new ParsedVignettes.Scale("Wat is nodig?", List.of("Gewoon", "Steun", "Hulp")),
            List.of(new ParsedVignettes.Vignette("a", "Casus A", "<p>A</p>",
                    new ParsedVignettes.FirstStep("Eerst?", List.of("Praten", "Wachten")), "<p>R</p>")));

    @Test
    @DisplayName("vignette R5: the export has one count per row; a round under five answers gives its total but no counts")
    void longFormWithThreshold() {
        List<Judgement> judgements = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            judgements.add(new Judgement(i, "a", RatingMoment.BEFORE, i < 3 ? 1 : 3, i < 4 ? 1 : 2));
        }
        judgements.add(new Judgement(0, "a", RatingMoment.AFTER, 2, 1));
        CaseSpread spread = CaseSpread.of("a", 3, 2, judgements);

        String csv = SpreadCsv.write(SET, List.of(new SpreadCsv.Group("Klas 1A", List.of(spread))), key -> key);
        List<String> lines = csv.substring(1).lines().toList();

        assertEquals("vignette.csv.group,vignette.csv.case,vignette.csv.title,vignette.csv.round,vignette.csv.question,"
                + "vignette.csv.choice,vignette.csv.answers", lines.get(0));
        assertTrue(lines.contains("Klas 1A,a,Casus A,vignette.round.before,vignette.csv.total,,5"), csv);
        assertTrue(lines.contains("Klas 1A,a,Casus A,vignette.round.before,vignette.csv.scale,Gewoon,3"), csv);
        assertTrue(lines.contains("Klas 1A,a,Casus A,vignette.round.before,vignette.csv.scale,Hulp,2"), csv);
        assertTrue(lines.contains("Klas 1A,a,Casus A,vignette.round.before,vignette.csv.firstStep,Wachten,1"), csv);
        assertTrue(lines.contains("Klas 1A,a,Casus A,vignette.round.after,vignette.csv.total,,1"), csv);
        assertTrue(lines.contains("Klas 1A,a,Casus A,vignette.round.after,vignette.csv.scale,Steun,"), csv);
        assertEquals(1 + 2 * (1 + 3 + 2), lines.size());
    }
}
