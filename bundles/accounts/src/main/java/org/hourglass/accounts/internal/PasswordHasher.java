package org.hourglass.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/**
 * Password hashes as accounts store them: new ones are Argon2id ({@link Argon2idHash}); the PBKDF2 ones stored
 * before issue 14 still verify ({@link Pbkdf2Hash}) and {@link #isCurrent} tells the login to re-hash them.
 * Every hash runs through {@link HashingGate}, which bounds the memory and CPU spent on hashing at once.
 */
public final class PasswordHasher {
    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        return HashingGate.run(() -> Argon2idHash.hash(password));
    }

    public static boolean verify(char[] password, String stored) {
        if (Argon2idHash.isOne(stored)) {
            return HashingGate.run(() -> Argon2idHash.verify(password, stored));
        }
        if (Pbkdf2Hash.isOne(stored)) {
            return HashingGate.run(() -> Pbkdf2Hash.verify(password, stored));
        }
        return false;
    }

    /** Whether {@code stored} is hashed as new passwords are; otherwise a successful login re-hashes it. */
    public static boolean isCurrent(String stored) {
        return Argon2idHash.isCurrent(stored);
    }

    static String sha256Hex(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
