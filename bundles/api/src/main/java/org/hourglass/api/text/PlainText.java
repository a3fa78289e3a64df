package org.hourglass.api.text;

/**
 * Whether a name or title is plain text: not blank, and without control characters (Unicode Cc), format characters
 * (Cf: right-to-left overrides that reverse what a reader sees, zero-width spaces that make two names look alike) or
 * unpaired surrogates. Pure check, shared by every bundle that stores names (issue 14 item 11: {@code "\u202Eevil"}
 * and a zero-width space alone were accepted as names).
 */
public final class PlainText {
    private PlainText() {
    }

    /** True when {@code s} has a visible character and no Cc, Cf or unpaired surrogate code point. */
    public static boolean isPlain(String s) {
        if (s == null) {
            return false;
        }
        boolean visible = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                return false;
            }
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                visible = true;
            }
            i += Character.charCount(cp);
        }
        return visible;
    }
}
