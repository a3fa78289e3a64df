package org.hourglass.classes.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;

/**
 * The file part of a browser's {@code multipart/form-data} upload (RFC 7578): the first part that
 * carries a filename. Small and strict on purpose: roster files are bounded before they get here, and
 * anything malformed is a 400 naming what is wrong.
 */
final class MultipartForm {
    record FilePart(String field, String filename, String contentType, byte[] content) {
        String extension() {
            int dot = filename.lastIndexOf('.');
            return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        }
    }

    private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};
    private static final Pattern PARAM = Pattern.compile(";\\s*(name|filename)=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private MultipartForm() {
    }

    static FilePart file(byte[] body, String boundary) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw malformed("the Content-Type needs a boundary parameter of 1 to 70 characters");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw malformed("the body does not contain the boundary");
        }
        while (true) {
            int start = pos + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            int headersEnd = indexOf(body, CRLF_CRLF, start);
            int next = headersEnd < 0 ? -1 : indexOf(body, nextDelimiter, headersEnd + 4);
            if (next < 0) {
                throw malformed("a part is not terminated by the boundary");
            }
            String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            String disposition = header(headers, "content-disposition");
            if (disposition != null && disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
                String field = null;
                String filename = null;
                Matcher m = PARAM.matcher(disposition);
                while (m.find()) {
                    if (m.group(1).equalsIgnoreCase("name")) {
                        field = m.group(2);
                    } else {
                        filename = m.group(2);
                    }
                }
                if (filename != null && !filename.isBlank()) {
                    return new FilePart(field, filename, header(headers, "content-type"),
                            Arrays.copyOfRange(body, headersEnd + 4, next));
                }
            }
            pos = next + 2;
        }
        throw Problem.invalid("the form has no file", List.of(new FieldError("file", "attach the roster as a .csv, .xlsx or .xls file")));
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Problem malformed(String why) {
        return Problem.invalid("malformed multipart/form-data: " + why, List.of());
    }
}
