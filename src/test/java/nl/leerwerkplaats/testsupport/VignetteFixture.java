package nl.leerwerkplaats.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.leerwerkplaats.catalog.boundary.ContentLibrary;
import nl.leerwerkplaats.platform.PlatformSettings;

/**
 * What vignette tests share: module {@value #MODULE} with two lessons and two cases on a three-point scale, the
 * first ("eerste") with a first step of two options, the second ("tweede") without. No prerequisites.
 */
@ApplicationScoped
public class VignetteFixture {

    public static final String MODULE = "it-vignettes";
    public static final String FIRST_REASONING = "Huilen hoort erbij.";

    @Inject ContentLibrary library;
    @Inject PlatformSettings settings;

    public void writeModule() {
        ContentFolder content = new ContentFolder(settings.contentDir());
        content.module(MODULE, "01-eerste.md", "02-tweede.md");
        content.write(MODULE + "/vignettes.yaml", """
                title: "Casussen om te testen"
                scale:
                  question: "Wat is nodig?"
                  points: ["Gewoon", "Steun", "Hulp"]
                vignettes:
                  - key: eerste
                    title: "Eerste casus"
                    case: Een kind huilt.
                    firstStep:
                      options: ["Praten", "Wachten"]
                    reasoning: %s
                  - key: tweede
                    title: "Tweede casus"
                    case: Een kind zwijgt.
                    reasoning: Zwijgen mag.
                """.formatted(FIRST_REASONING));
        library.reload();
    }

    public void removeModule() {
        new ContentFolder(settings.contentDir()).delete(MODULE);
        library.reload();
    }
}
