package nl.leerwerkplaats.reflection.view;

import java.util.List;

import nl.leerwerkplaats.catalog.control.ParsedReflection;
import nl.leerwerkplaats.reflection.control.TextDiff;
import nl.leerwerkplaats.reflection.entity.ReflectionVersion;

/**
 * A submitted version for the learner's and the reviewer's pages: per section the text, and for a revision the
 * change since the version before (escaped HTML with {@code <ins>} and {@code <del>}).
 */
public record VersionView(ReflectionVersion version, List<SectionText> sections, boolean revision) {

    /** @param changeHtml the text with its changes marked; for a first version the text itself, escaped */
    public record SectionText(String title, String text, String changeHtml, boolean changed) {
    }

    public static VersionView of(ReflectionVersion version, ReflectionVersion before, ParsedReflection assignment) {
        List<SectionText> sections = assignment.sections().stream().map(section -> {
            String text = version.text(section.key());
            var changes = TextDiff.diff(before == null ? text : before.text(section.key()), text);
            return new SectionText(section.title(), text, TextDiff.html(changes), TextDiff.changed(changes));
        }).toList();
        return new VersionView(version, sections, before != null);
    }
}
