package nl.leerwerkplaats.catalog.control;

import nl.leerwerkplaats.catalog.entity.Accreditation;
import nl.leerwerkplaats.platform.ContentError;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads one module folder into a {@link ParsedModule}, or reports why it cannot be used. */
public class ModuleFolderReader {

    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILES = 1000;
    static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp");

    private final ModuleDescriptorReader descriptors = new ModuleDescriptorReader();
    private final LessonReader lessons = new LessonReader();
    private final ReflectionReader reflections = new ReflectionReader();
    private final VignetteReader vignettes = new VignetteReader();

    /**
     * @param folder  the module folder
     * @param display how the folder is named in error messages (for example {@code modules-content/m1})
     */
    public Optional<ParsedModule> read(Path folder, String display, List<ContentError> errors) {
        int before = errors.size();
        List<ModuleFile> files = files(folder, display, errors);
        Optional<ModuleFile> yaml = files.stream().filter(f -> f.path().equals("module.yaml")).findFirst();
        if (yaml.isEmpty()) {
            errors.add(new ContentError(display + "/module.yaml", 1, "module.yaml is missing"));
            return Optional.empty();
        }
        Optional<ModuleDescriptor> descriptor = descriptors.read(text(yaml.get(), display, errors),
                display + "/module.yaml", folder.getFileName().toString(), errors);
        if (descriptor.isEmpty()) {
            return Optional.empty();
        }
        String hash = ContentHasher.hash(files);
        // Only images may be linked: quizzes and reflections hold answers and are never served as files.
        Set<String> paths = files.stream().map(ModuleFile::path).filter(p -> p.startsWith("images/"))
                .collect(Collectors.toSet());
        ModuleLinks links = new ModuleLinks(descriptor.get().id(), hash.substring(0, ParsedModule.VERSION_LENGTH),
                paths, new LinkedHashSet<>(descriptor.get().lessonFiles()));
        List<ParsedLesson> parsed = new ArrayList<>();
        for (String lessonFile : descriptor.get().lessonFiles()) {
            Optional<ModuleFile> file = files.stream().filter(f -> f.path().equals("lessons/" + lessonFile)).findFirst();
            if (file.isEmpty()) {
                errors.add(new ContentError(display + "/module.yaml", descriptor.get().lineOf("lessons:" + lessonFile),
                        "lesson 'lessons/" + lessonFile + "' not found"));
                continue;
            }
            ParsedLesson lesson = lessons.read(lessonFile, text(file.get(), display, errors),
                    display + "/lessons/" + lessonFile, links, errors);
            if (lesson != null) {
                parsed.add(lesson);
            }
        }
        for (ModuleFile file : files) {
            checkPlace(file, descriptor.get(), display, errors);
        }
        List<ParsedQuiz> quizzes = QuizFolderReader.read(files, descriptor.get(), display, errors);
        List<ParsedReflection> assignments = reflections.read(files, display, errors);
        ParsedVignettes vignetteSet = vignettes.read(files, display, errors).orElse(null);
        Accreditation accreditation = descriptor.get().accreditation();
        if (accreditation != null && accreditation.accredited() && quizzes.stream().noneMatch(q -> q.settings().finalTest())) {
            errors.add(new ContentError(display + "/module.yaml", descriptor.get().lineOf("accreditation"),
                    "an accredited module must end with a final test: give one quiz 'finalTest: true' under quizzes"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ParsedModule(descriptor.get(), hash, List.copyOf(parsed), files, quizzes, assignments,
                vignetteSet));
    }

    /** Every file of the module has a known place; a stray file is most often a misplaced lesson or image. */
    private static void checkPlace(ModuleFile file, ModuleDescriptor descriptor, String display, List<ContentError> errors) {
        String path = file.path();
        String where = display + "/" + path;
        if (path.startsWith("lessons/") && path.endsWith(".md")) {
            if (!descriptor.lessonFiles().contains(path.substring("lessons/".length()))) {
                errors.add(new ContentError(where, 1, "lesson file is not listed under 'lessons:' in module.yaml"));
            }
        } else if (path.startsWith("images/")) {
            if (!IMAGE_EXTENSIONS.contains(extension(path))) {
                errors.add(new ContentError(where, 1, "images/ may hold only " + new java.util.TreeSet<>(IMAGE_EXTENSIONS) + " files"));
            }
        } else if (!path.equals("module.yaml") && !path.equals("README.md") && !path.equals(ParsedVignettes.FILE)
                && !(path.startsWith("quizzes/") && path.endsWith(".gift"))
                && !(path.startsWith("reflections/") && (path.endsWith(".yaml") || path.endsWith(".md")))) {
            errors.add(new ContentError(where, 1, "unexpected file: a module holds module.yaml, lessons/*.md, "
                    + "images/, quizzes/*.gift, reflections/*.yaml|md and vignettes.yaml"));
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<ModuleFile> files(Path folder, String display, List<ContentError> errors) {
        List<ModuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> regular = walk.filter(Files::isRegularFile)
                    .filter(p -> folder.relativize(p).toString().chars().noneMatch(c -> c == '~'))
                    .filter(p -> !hidden(folder.relativize(p)))
                    .sorted().toList();
            if (regular.size() > MAX_FILES) {
                errors.add(new ContentError(display, 1, "more than " + MAX_FILES + " files in one module"));
                return files;
            }
            for (Path path : regular) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                if (Files.size(path) > MAX_FILE_BYTES) {
                    errors.add(new ContentError(display + "/" + relative, 1, "file is larger than 10 MB"));
                    continue;
                }
                files.add(new ModuleFile(relative, ModuleFile.mediaTypeOf(relative), Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            errors.add(new ContentError(display, 1, "cannot read the module folder: " + e.getMessage()));
        }
        return files;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Content files are UTF-8; anything else is an error rather than mojibake in a learner's page. */
    static String text(ModuleFile file, String display, List<ContentError> errors) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(file.content())).toString()
                    .replaceFirst("^\uFEFF", "");
        } catch (CharacterCodingException e) {
            errors.add(new ContentError(display + "/" + file.path(), 1, "file is not valid UTF-8"));
            return "";
        }
    }
}
