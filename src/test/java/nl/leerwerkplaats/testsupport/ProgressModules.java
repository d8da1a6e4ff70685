package nl.leerwerkplaats.testsupport;

/**
 * Two modules for progress tests: {@value #BASIS} (one lesson) and {@value #MODULE}, which needs the basis module
 * first and has two lessons, a final test, a practice quiz and a reflection that needs approval.
 */
public final class ProgressModules {

    public static final String MODULE = "it-progress";
    public static final String BASIS = "it-progress-basis";

    private ProgressModules() {
    }

    public static void write(ContentFolder content) {
        content.module(BASIS, "01-basis.md");
        content.module(MODULE, "01-eerste.md", "02-tweede.md");
        content.write(MODULE + "/module.yaml", """
                id: it-progress
                title: "Testmodule voortgang"
                summary: Een module om voortgang te testen.
                audience:
                  - hbo-student
                studyLoadMinutes: 60
                objectives:
                  - Je legt uit wat getest wordt.
                prerequisites:
                  - it-progress-basis
                lessons:
                  - 01-eerste.md
                  - 02-tweede.md
                quizzes:
                  eindtoets:
                    finalTest: true
                    passMark: 50
                """);
        content.write(MODULE + "/quizzes/eindtoets.gift", "::waar:: Normaliseren is een transformatiedoel. {T}\n");
        content.write(MODULE + "/quizzes/oefen.gift", "::oefen:: Oefenen telt niet mee. {T}\n");
        content.write(MODULE + "/reflections/eigen.yaml", """
                title: "Eigen normaal"
                approvalRequired: true
                sections:
                  - key: tekst
                    title: "Tekst"
                    question: "Wat is normaal?"
                    minWords: 20
                """);
        content.write(MODULE + "/reflections/eigen.md", "# Eigen normaal\n\nSchrijf.\n");
    }
}
