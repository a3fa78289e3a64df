package org.hourglass.classes.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.hourglass.api.problem.Problem;
import org.junit.Test;

/** C-21 browser uploads: the file part of a multipart/form-data body. */
public class MultipartFormTest {
    private static byte[] form(String boundary, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"名单.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    public void findsTheFilePartWithBinaryContentIntact() {
        byte[] content = {'P', 'K', 3, 4, '\r', '\n', '-', '-', 0, (byte) 0xff};
        MultipartForm.FilePart part = MultipartForm.file(form("----b0undary", content), "----b0undary");
        assertEquals("file", part.field());
        assertEquals("名单.xlsx", part.filename());
        assertEquals("xlsx", part.extension());
        assertEquals("application/octet-stream", part.contentType());
        assertArrayEquals(content, part.content());
    }

    @Test
    public void malformedFormsAreA400() {
        byte[] body = form("abc", new byte[] {1, 2, 3});
        assertEquals(400, assertThrows(Problem.class, () -> MultipartForm.file(body, "xyz")).status());
        assertEquals(400, assertThrows(Problem.class, () -> MultipartForm.file(body, null)).status());
        byte[] truncated = java.util.Arrays.copyOf(body, body.length - 12);
        assertEquals(400, assertThrows(Problem.class, () -> MultipartForm.file(truncated, "abc")).status());
        byte[] noFile = "--abc\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--abc--\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("file", assertThrows(Problem.class, () -> MultipartForm.file(noFile, "abc")).errors().get(0).field());
    }
}
