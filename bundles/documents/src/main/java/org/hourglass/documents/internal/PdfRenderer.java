package org.hourglass.documents.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.hourglass.api.documents.DocumentRenderer;
import org.hourglass.api.documents.PrintedPage;
import org.osgi.service.component.annotations.Component;

/**
 * Renders a page as one A4 PDF: Chinese text in Droid Sans Fallback (embedded as a subset; it has no
 * ASCII glyphs, so ASCII falls back to Helvetica per character, STACK.md), and a QR code drawn as
 * rectangles (no AWT).
 */
@Component(service = DocumentRenderer.class)
public class PdfRenderer implements DocumentRenderer {
    private static final byte[] CJK_FONT = load("/fonts/DroidSansFallback.ttf");

    @Override
    public byte[] pdf(PrintedPage p) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont cjk = PDType0Font.load(doc, new ByteArrayInputStream(CJK_FONT), true);
            PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(p.created().toEpochMilli());
            doc.getDocumentInformation().setTitle(p.title());
            doc.getDocumentInformation().setCreationDate(created);
            float w = page.getMediaBox().getWidth();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                line(cs, latin, cjk, 22, 72, 740, p.heading());
                float y = 670;
                for (String text : p.lines()) {
                    line(cs, latin, cjk, 13, 72, y, text);
                    y -= 24;
                }
                if (p.footnote() != null) {
                    line(cs, latin, cjk, 9, 72, y - 10, p.footnote());
                }
                if (p.qrText() != null) {
                    qr(cs, p.qrText(), w - 72 - 110, 750 - 110 - 20, 110);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line, switching font per character: ASCII in Helvetica, the rest in the CJK font. */
    private static void line(PDPageContentStream cs, PDFont latin, PDFont cjk, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        StringBuilder run = new StringBuilder();
        Boolean runAscii = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean ascii = ch < 128;
            if (runAscii != null && ascii != runAscii) {
                show(cs, runAscii ? latin : cjk, size, run);
            }
            runAscii = ascii;
            run.append(Character.isISOControl(ch) ? ' ' : ascii || printable(cjk, ch) ? ch : '\uFF1F');
        }
        if (runAscii != null) {
            show(cs, runAscii ? latin : cjk, size, run);
        }
        cs.endText();
    }

    /** Whether the CJK font has a glyph for {@code ch}; a name with an emoji must not fail a document. */
    private static boolean printable(PDFont font, char ch) {
        try {
            font.encode(String.valueOf(ch));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static void show(PDPageContentStream cs, PDFont font, float size, StringBuilder run) throws IOException {
        cs.setFont(font, size);
        cs.showText(run.toString());
        run.setLength(0);
    }

    private static void qr(PDPageContentStream cs, String text, float x, float y, float side) throws IOException {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0);
        } catch (WriterException e) {
            throw new IOException("QR code", e);
        }
        float module = side / m.getWidth();
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    cs.addRect(x + col * module, y + side - (row + 1) * module, module, module);
                }
            }
        }
        cs.fill();
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
