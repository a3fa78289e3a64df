package org.hourglass.api.documents;

import java.time.Instant;
import java.util.List;

/**
 * One A4 page: a heading, body lines, a small footnote (e.g. a verification address) and, optionally, a
 * QR code of {@code qrText}. {@code created} goes into the PDF's metadata, so rendering the same page twice
 * gives the same text.
 */
public record PrintedPage(String title, String heading, List<String> lines, String footnote, String qrText, Instant created) {
    public PrintedPage {
        lines = List.copyOf(lines);
    }
}
