package org.hourglass.commerce.internal;

/** Free text as stored in the audit and reason columns (500 characters). */
final class Texts {
    static final int REASON = 500;

    private Texts() {
    }

    static String clip(String text) {
        return text == null || text.length() <= REASON ? text : text.substring(0, REASON);
    }
}
