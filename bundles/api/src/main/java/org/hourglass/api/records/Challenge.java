package org.hourglass.api.records;

import java.util.List;

/**
 * A pop-up question (C-38): the player shows it and posts the chosen option indices to
 * {@code POST /api/v1/learning/challenges/{nonce}}; nothing is credited until it is answered right.
 */
public record Challenge(String nonce, String stem, List<String> options) {
    public Challenge {
        options = List.copyOf(options);
    }
}
