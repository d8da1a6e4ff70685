package nl.leerwerkplaats.catalog.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a lesson's relative links into URLs of the module version. Rendered HTML is stored per version and
 * shown on {@code /learning/lesson}, so the URLs are relative to that page: files live under
 * {@code ../modules/ID/VERSION/}, lessons are {@code lesson?module=ID&lesson=LESSON}.
 */
public class ModuleLinks {

    private final String moduleId;
    private final String version;
    private final Set<String> files;
    private final Set<String> lessonFiles;

    /**
     * @param files       every file of the module, relative to its folder ('/' separated)
     * @param lessonFiles the file names listed as lessons
     */
    public ModuleLinks(String moduleId, String version, Set<String> files, Set<String> lessonFiles) {
        this.moduleId = moduleId;
        this.version = version;
        this.files = files;
        this.lessonFiles = lessonFiles;
    }

    /** The URL of a file, given relative to a lesson in lessons/. */
    public Optional<String> fileUrl(String target) {
        return resolve(stripFragment(target)).filter(files::contains)
                .map(path -> "../modules/" + moduleId + "/" + version + "/" + path);
    }

    /** A link to another lesson of the module, or else to a file of the module. */
    public Optional<String> linkUrl(String target) {
        String path = stripFragment(target);
        String fragment = target.substring(path.length());
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> resolved = resolve(path);
        if (resolved.isPresent() && resolved.get().startsWith("lessons/")
                && lessonFiles.contains(resolved.get().substring("lessons/".length()))) {
            String lesson = resolved.get().substring("lessons/".length(), resolved.get().length() - ".md".length());
            return Optional.of("lesson?module=" + moduleId + "&lesson=" + lesson + fragment);
        }
        return fileUrl(path).map(url -> url + fragment);
    }

    private static String stripFragment(String target) {
        int hash = target.indexOf('#');
        return hash < 0 ? target : target.substring(0, hash);
    }

    /** Resolves against lessons/; empty when the path leaves the module folder. */
    static Optional<String> resolve(String target) {
        String decoded;
        try {
            decoded = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a stray '%': reported by the caller as a target that is not found
        }
        if (decoded.startsWith("/")) {
            return Optional.empty();
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        parts.add("lessons");
        for (String part : decoded.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }
}
