package org.hourglass.api.identity;

import java.util.Optional;

/**
 * C-5: the 18-character unified social credit code of GB 32100-2015: registration authority and
 * organisation type, a 6-digit region code, a 9-character organisation code, and a MOD 31 check
 * character, all from the 31 characters {@code 0-9 A-Z} without I, O, S, V, Z.
 */
public final class CreditCode {
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Empty when valid; otherwise why not. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("a unified social credit code has 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " ('" + code.charAt(i) + "') is not allowed (0-9, A-Z without I O S V Z)");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of("characters 3 to 8 are the region code, six digits");
            }
        }
        if (checkCharacter(code) != code.charAt(17)) {
            return Optional.of("the check character does not match (GB 32100-2015)");
        }
        return Optional.empty();
    }

    /** The MOD 31 check character of the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CHARSET.charAt(check);
    }

    public static String normalize(String code) {
        return code == null ? null : code.trim().toUpperCase();
    }
}
