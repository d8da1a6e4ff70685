package nl.leerwerkplaats.catalog.control;

/** A file of a module folder, with its path relative to the module folder ('/' separated). */
public record ModuleFile(String path, String mediaType, byte[] content) {

    /** Media types of the files a module may serve; anything else is served as a download. */
    public static String mediaTypeOf(String path) {
        String name = path.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (name.endsWith(".png")) {
            return "image/png";
        } else if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return "image/jpeg";
        } else if (name.endsWith(".gif")) {
            return "image/gif";
        } else if (name.endsWith(".webp")) {
            return "image/webp";
        } else if (name.endsWith(".md") || name.endsWith(".gift") || name.endsWith(".yaml") || name.endsWith(".yml")) {
            return "text/plain; charset=UTF-8";
        }
        return "application/octet-stream";
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
