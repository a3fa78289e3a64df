package org.hourglass.api.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * C-1: the 18-character mainland resident ID number of GB 11643-1999: 6-digit region, 8-digit birth
 * date, 3-digit sequence, and an ISO 7064 MOD 11-2 check character ({@code X} for 10). BJ Q26: a bad
 * checksum, birth date or length is refused with a clear reason.
 */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIdNumber() {
    }

    /** Empty when valid on {@code today}; otherwise why not, in words a clerk can act on. */
    public static Optional<String> problem(String id, LocalDate today) {
        if (id == null || id.length() != 18) {
            return Optional.of("a resident ID number has 18 characters");
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
                return Optional.of("the first 17 characters are digits");
            }
        }
        char last = Character.toUpperCase(id.charAt(17));
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of("the last character is a digit or X");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("characters 7 to 14 are not a valid birth date");
        }
        if (birth.getYear() < 1900 || birth.isAfter(today)) {
            return Optional.of("the birth date " + birth + " is not plausible");
        }
        if (checkCharacter(id) != last) {
            return Optional.of("the check character does not match (GB 11643-1999)");
        }
        return Optional.empty();
    }

    /** The MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Upper-case X; the canonical stored form. */
    public static String normalize(String id) {
        return id == null ? null : id.trim().toUpperCase();
    }

    /** For roles that do not need the full number: {@code 110101********123X} (first 6, last 4). */
    public static String mask(String id) {
        if (id == null || id.length() < 10) {
            return "****";
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
