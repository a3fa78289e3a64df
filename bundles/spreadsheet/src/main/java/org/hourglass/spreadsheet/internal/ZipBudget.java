package org.hourglass.spreadsheet.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.hourglass.api.problem.Problem;

/**
 * Issue 14 item 7: an xlsx is a zip, and a 1.3 MB upload unpacked to a 95 MB sheet (ratio 70:1, under POI's 100:1
 * guard) grew the heap by 2 GB. Before POI sees the file, every entry is inflated once through a fixed buffer and
 * counted — memory stays flat however large it claims to be — and the file is refused with 413 as soon as one entry
 * or all of them together unpack beyond what a roster needs (a 2,000-row roster is well under 2 MB of XML).
 */
final class ZipBudget {
    static final long MAX_ENTRY_BYTES = 8L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 24L * 1024 * 1024;
    static final int MAX_ENTRIES = 256;

    private ZipBudget() {
    }

    static void check(byte[] zip) {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int entries = 0;
        // commons-compress, as POI reads the zip itself: it takes the data descriptors and Zip64 fields that POI's own
        // streaming writer (and other programs) put in local headers, which java.util.zip.ZipInputStream calls damaged
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true)) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw tooLarge("more than " + MAX_ENTRIES + " parts");
                }
                long entry = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    entry += n;
                    total += n;
                    if (entry > MAX_ENTRY_BYTES) {
                        throw tooLarge("its part " + printable(e.getName()) + " unpacks to more than " + MAX_ENTRY_BYTES / (1024 * 1024) + " MiB");
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw tooLarge("it unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024) + " MiB");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            throw Problem.invalid("not a readable xlsx file: the zip is damaged", List.of());
        }
        if (entries == 0) {
            throw Problem.invalid("not a readable xlsx file: the zip is empty", List.of());
        }
    }

    private static Problem tooLarge(String why) {
        return new Problem(413, "payload-too-large", "Payload too large", "the spreadsheet is refused: " + why, null);
    }

    private static String printable(String name) {
        String cut = name.length() > 60 ? name.substring(0, 60) + "…" : name;
        return "'" + cut.replaceAll("[^\\p{L}\\p{N}._/\\-\\[\\] ]", "?") + "'";
    }

    static InputStream open(byte[] zip) {
        return new ByteArrayInputStream(zip);
    }
}
