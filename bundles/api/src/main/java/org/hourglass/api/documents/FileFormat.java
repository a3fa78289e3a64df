package org.hourglass.api.documents;

/**
 * Whether uploaded bytes are what their content type says, by their leading magic bytes (a renamed executable is
 * no proof of payment, and random bytes are no photo). Shared by every upload: bank-transfer proofs (IN-8),
 * study photos (C-38).
 */
public final class FileFormat {
    private FileFormat() {
    }

    /** True when {@code bytes} start as a {@code type} file must: image/jpeg, image/png or application/pdf. */
    public static boolean matches(String type, byte[] b) {
        return switch (type) {
            case "image/jpeg" -> b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff;
            case "image/png" -> b.length > 16 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == '\r'
                    && b[5] == '\n' && b[6] == 0x1a && b[7] == '\n' && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R';
            case "application/pdf" -> b.length > 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
            default -> false;
        };
    }
}
