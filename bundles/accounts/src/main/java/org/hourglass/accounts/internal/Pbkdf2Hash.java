package org.hourglass.accounts.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The hashes stored before issue 14 ({@code pbkdf2-sha256$iterations$salt$hash}, JDK PBKDF2WithHmacSHA256):
 * verified only, so existing passwords keep working and are re-hashed with Argon2id at their next login.
 */
final class Pbkdf2Hash {
    static final String PREFIX = "pbkdf2-sha256$";
    private static final int MAX_ITERATIONS = 2_000_000;

    private Pbkdf2Hash() {
    }

    static boolean isOne(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    static boolean verify(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return MessageDigest.isEqual(expected, derived);
        } catch (IllegalArgumentException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
    }

    /** For tests and tools that need a legacy hash. */
    static String hash(char[] password, byte[] salt, int iterations) {
        try {
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return PREFIX + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derived);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
    }
}
