package nl.leerwerkplaats.catalog.control;

import nl.leerwerkplaats.platform.ContentError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a whole content folder: every module folder in it, then the checks that span modules
 * (prerequisites that exist and form no cycle). A module with any error is skipped; the rest are valid.
 */
public class ContentFolderReader {

    private final ModuleFolderReader modules = new ModuleFolderReader();

    /** @param display how the content folder is named in error messages, as the user gave it */
    public ContentReport read(Path contentDir, String display) {
        List<ContentError> errors = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            errors.add(new ContentError(display, 1, "content folder not found"));
            return new ContentReport(List.of(), errors, List.of());
        }
        Map<String, ParsedModule> valid = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> list = Files.list(contentDir)) {
            folders = list.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            errors.add(new ContentError(display, 1, "cannot list the content folder: " + e.getMessage()));
            return new ContentReport(List.of(), errors, List.of());
        }
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            try {
                modules.read(folder, display + "/" + name, errors)
                        .ifPresentOrElse(module -> valid.put(module.id(), module), () -> skipped.add(name));
            } catch (RuntimeException e) {
                // A reader bug must cost one module, never the whole content load.
                errors.add(new ContentError(display + "/" + name, 1, "could not be read: " + e));
                skipped.add(name);
            }
        }
        Set<String> known = new HashSet<>();
        folders.forEach(f -> known.add(f.getFileName().toString()));
        // Judge every module against the same set, so that both modules of a cycle are reported.
        List<String> invalid = valid.values().stream().sorted(java.util.Comparator.comparing(ParsedModule::id))
                .filter(module -> !prerequisitesValid(module, known, valid, display, errors))
                .map(ParsedModule::id).toList();
        invalid.forEach(valid::remove);
        skipped.addAll(invalid);
        List<ParsedModule> ordered = valid.values().stream()
                .sorted(java.util.Comparator.comparing(ParsedModule::id)).toList();
        return new ContentReport(ordered, List.copyOf(errors), List.copyOf(skipped));
    }

    private static boolean prerequisitesValid(ParsedModule module, Set<String> known, Map<String, ParsedModule> valid,
                                              String display, List<ContentError> errors) {
        ModuleDescriptor descriptor = module.descriptor();
        String file = display + "/" + module.id() + "/module.yaml";
        boolean ok = true;
        for (int i = 0; i < descriptor.prerequisites().size(); i++) {
            String prerequisite = descriptor.prerequisites().get(i);
            int line = descriptor.lineOf("prerequisites[" + i + "]");
            if (prerequisite.equals(module.id())) {
                errors.add(new ContentError(file, line, "a module cannot be its own prerequisite"));
                ok = false;
            } else if (!known.contains(prerequisite)) {
                errors.add(new ContentError(file, line, "prerequisite '" + prerequisite + "' is not a module in this folder"));
                ok = false;
            } else if (reaches(prerequisite, module.id(), valid, new HashSet<>())) {
                errors.add(new ContentError(file, line, "prerequisite '" + prerequisite + "' leads back to '"
                        + module.id() + "': prerequisites must not form a cycle"));
                ok = false;
            }
        }
        return ok;
    }

    private static boolean reaches(String from, String target, Map<String, ParsedModule> valid, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        return Optional.ofNullable(valid.get(from)).stream()
                .flatMap(m -> m.descriptor().prerequisites().stream())
                .anyMatch(next -> reaches(next, target, valid, seen));
    }
}
