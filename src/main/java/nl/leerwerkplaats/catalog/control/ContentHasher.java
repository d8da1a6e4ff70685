package nl.leerwerkplaats.catalog.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 over every file's path and bytes, in path order: the same folder always gives the same version. */
public final class ContentHasher {

    private ContentHasher() {
    }

    public static String hash(List<ModuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.stream().sorted(Comparator.comparing(ModuleFile::path)).forEach(file -> {
                byte[] path = file.path().getBytes(StandardCharsets.UTF_8);
                digest.update(lengthOf(path.length));
                digest.update(path);
                digest.update(lengthOf(file.content().length));
                digest.update(file.content());
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Lengths keep ("ab","c") and ("a","bc") apart. */
    private static byte[] lengthOf(int length) {
        return java.nio.ByteBuffer.allocate(4).putInt(length).array();
    }
}
