package org.hourglass.api.platform;

/**
 * Where the platform's API is reached from outside, as the operator configured it (PID {@code org.hourglass.public}) —
 * never taken from a request's {@code Host} header, which the caller chooses (issue 14 item 12: a certificate requested
 * with a forged Host printed that host in its QR code). Used for addresses that leave the platform: printed URLs,
 * QR codes, links in messages.
 */
public interface PublicAddress {
    /** The API's absolute base URL, ending with {@code /}, e.g. {@code https://training.example.com/api/}. */
    String apiBase();
}
