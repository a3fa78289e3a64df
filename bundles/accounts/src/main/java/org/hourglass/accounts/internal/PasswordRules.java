package org.hourglass.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hourglass.api.problem.FieldError;

/**
 * What a chosen password may not be (issue 14 item 5): shorter than {@value #MIN_LENGTH} or longer than 200; one of the
 * most common passwords (a bundled list, ignoring case); a run of one character, fewer than 4 different characters, or
 * a straight run up or down ({@code 12345678}, {@code abcdefgh}); or made of the account's own facts — its ID number,
 * the initial password (C-2: the ID's last 6 characters), its phone, its name or username.
 */
final class PasswordRules {
    static final int MIN_LENGTH = 8;
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /**
     * Adds a field error when {@code value} may not be a password.
     *
     * @param ownFacts the account's ID number, phone, name, username — whichever are known; nulls are ignored
     */
    static void check(List<FieldError> errors, String field, String value, String... ownFacts) {
        if (value == null || value.length() < MIN_LENGTH || value.length() > 200) {
            errors.add(new FieldError(field, "between " + MIN_LENGTH + " and 200 characters"));
            return;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            errors.add(new FieldError(field, "one of the most common passwords: choose another"));
        } else if (lower.chars().distinct().count() < 4 || straightRun(lower)) {
            errors.add(new FieldError(field, "too simple: use at least 4 different characters, not a straight run"));
        } else if (containsOwnFacts(lower, ownFacts)) {
            errors.add(new FieldError(field, "must not contain the account's ID number, initial password, phone or name"));
        }
    }

    private static boolean containsOwnFacts(String lower, String... facts) {
        for (String fact : facts) {
            if (fact == null || fact.isBlank()) {
                continue;
            }
            String f = fact.trim().toLowerCase(Locale.ROOT);
            if (lower.equals(f) || (f.length() >= 6 && lower.contains(f))) {
                return true;
            }
            if (f.length() >= 15 && f.chars().allMatch(c -> Character.isLetterOrDigit(c)) && lower.contains(f.substring(f.length() - 6))) {
                return true; // an ID number's last 6: the initial password (C-2)
            }
        }
        return false;
    }

    private static boolean straightRun(String s) {
        int step = s.charAt(1) - s.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < s.length(); i++) {
            if (s.charAt(i) - s.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        InputStream in = Objects.requireNonNull(PasswordRules.class.getResourceAsStream("common-passwords.txt"),
                "common-passwords.txt is bundled");
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
