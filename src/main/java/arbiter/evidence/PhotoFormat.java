package arbiter.evidence;

import java.util.Optional;

/** The image formats accepted, recognised by their bytes alone (never by name or declared type). */
public enum PhotoFormat {
    JPEG("jpeg"),
    PNG("png"),
    WEBP("webp");

    /** The ImageIO format name of its reader. */
    final String readerName;

    PhotoFormat(String readerName) {
        this.readerName = readerName;
    }

    public static Optional<PhotoFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
