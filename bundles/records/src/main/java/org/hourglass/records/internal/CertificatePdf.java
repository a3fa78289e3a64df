package org.hourglass.records.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.hourglass.api.records.CertificateView;

/**
 * Renders a certificate (C-40) as one A4 page: Chinese text in Droid Sans Fallback (embedded as a
 * subset; it has no ASCII glyphs, so ASCII falls back to Helvetica per character, STACK.md), and a QR
 * code of the verification address drawn as rectangles (no AWT).
 */
final class CertificatePdf {
    private static final byte[] CJK_FONT = load("/fonts/DroidSansFallback.ttf");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

    private CertificatePdf() {
    }

    static byte[] render(CertificateView c, String verifyUrl) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont cjk = PDType0Font.load(doc, new java.io.ByteArrayInputStream(CJK_FONT), true);
            PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            issued.setTimeInMillis(c.issuedAt().toEpochMilli());
            doc.getDocumentInformation().setTitle("Training certificate " + c.code());
            doc.getDocumentInformation().setCreationDate(issued);
            float w = page.getMediaBox().getWidth();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                line(cs, latin, cjk, 26, 200, 740, "培训证明  Training Certificate");
                line(cs, latin, cjk, 14, 72, 660, "学员 Learner: " + c.learnerName());
                line(cs, latin, cjk, 14, 72, 635, "证件号码 ID number: " + c.idNumber());
                line(cs, latin, cjk, 14, 72, 610, "班级 Class: " + c.className());
                line(cs, latin, cjk, 14, 72, 585, "有效学时 Effective hours: " + c.effectiveHours());
                line(cs, latin, cjk, 14, 72, 560, "发证日期 Issued: " + DAY.format(c.issuedAt()));
                line(cs, latin, cjk, 14, 72, 520, "验证码 Verification code: " + c.code());
                line(cs, latin, cjk, 10, 72, 500, verifyUrl);
                qr(cs, verifyUrl, w - 72 - 120, 480, 120);
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
            run.append(ascii && (ch < 32 || ch == 127) ? ' ' : ch);
        }
        if (runAscii != null) {
            show(cs, runAscii ? latin : cjk, size, run);
        }
        cs.endText();
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
        try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
