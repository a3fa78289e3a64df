package org.hourglass.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * C-2: an imported learner's first password is the last 6 characters of the ID number. It is derived
 * data, not a secret anyone chose, so it is stored as this marker and checked against the ID number in
 * constant time instead of being PBKDF2-hashed (a 999-learner import would otherwise spend minutes
 * hashing a value the importer already knows). The learner must change it before study; the new one is hashed.
 */
final class InitialPassword {
    static final String MARKER = "initial:last6-of-id";

    private InitialPassword() {
    }

    static boolean matches(char[] password, String idNumber) {
        if (idNumber == null || idNumber.length() < 6) {
            return false;
        }
        byte[] expected = idNumber.substring(idNumber.length() - 6).toUpperCase().getBytes(StandardCharsets.UTF_8);
        byte[] given = new String(password).toUpperCase().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, given);
    }
}
