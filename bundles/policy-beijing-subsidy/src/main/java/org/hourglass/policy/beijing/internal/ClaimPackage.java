package org.hourglass.policy.beijing.internal;

import org.hourglass.api.quantity.Money;

/** A claim package: canonical JSON (keys sorted), the SHA-256 of its UTF-8 bytes, how many learners, the total claimed. */
record ClaimPackage(String json, String sha256, int learners, Money total) {
}
