package org.hourglass.spreadsheet.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hourglass.api.problem.Problem;
import org.junit.Test;

public class PoiSpreadsheetReaderTest {
    private final PoiSpreadsheetReader reader = new PoiSpreadsheetReader();

    @Test
    public void readsWhatASpreadsheetProgramWrote_sharedStringsNumbersAndGaps() throws IOException {
        for (Workbook book : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            Sheet sheet = book.createSheet("名单");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("姓名");
            header.createCell(1).setCellValue("联系方式");
            Row learner = sheet.createRow(2); // row 2 (index 1) left empty
            learner.createCell(0).setCellValue("张三");
            learner.createCell(2).setCellValue(13900000001d); // column B left empty; a phone typed as a number
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.close();
            List<List<String>> rows = reader.firstSheet(new ByteArrayInputStream(out.toByteArray()), 10);
            assertEquals(book.getClass().getSimpleName(), List.of(List.of("姓名", "联系方式"), List.of(), List.of("张三", "", "13900000001")), rows);
        }
    }

    @Test
    public void inlineStringsWithoutStylesOrSharedStrings() throws IOException {
        assertEquals(List.of(List.of("a", "b"), List.of("c")), reader.firstSheet(in(xlsx(sheet(2, 2, "x"), List.of(List.of("a", "b"), List.of("c")))), 10));
    }

    /** Issue 14 item 7: 1.3 MB that unpack to 95 MB grew the heap by 2 GB; now the zip is measured before POI reads it. */
    @Test
    public void aZipBombIsRefusedWith413BeforeItIsParsed() throws IOException {
        StringBuilder huge = new StringBuilder(sheet(0, 0, ""));
        huge.setLength(huge.indexOf("</sheetData>"));
        String row = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "x".repeat(1000) + "</t></is></c></row>";
        while (huge.length() < 10 * 1024 * 1024) {
            huge.append(row);
        }
        huge.append("</sheetData></worksheet>");
        assertProblem(413, () -> reader.firstSheet(in(xlsx(huge.toString(), null)), 10));
    }

    @Test
    public void rowsColumnsAndCellsBeyondTheBoundsAre400() throws IOException {
        assertProblem(400, () -> reader.firstSheet(in(xlsx(sheet(11, 1, "x"), null)), 10));
        assertProblem(400, () -> reader.firstSheet(in(xlsx(sheet(1, 65, "x"), null)), 10));
        assertProblem(400, () -> reader.firstSheet(in(xlsx(sheet(1, 1, "x".repeat(5000)), null)), 10));
        // a single row numbered a million would otherwise be padded with a million empty rows
        String far = sheet(0, 0, "").replace("</sheetData>", "<row r=\"1000000\"><c r=\"A1000000\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>");
        assertProblem(400, () -> reader.firstSheet(in(xlsx(far, null)), 10));
    }

    @Test
    public void brokenFilesAre400NeverAServerError() throws IOException {
        byte[] good = xlsx(sheet(2, 2, "x"), null);
        assertProblem(400, () -> reader.firstSheet(in("name,phone\n".getBytes(StandardCharsets.UTF_8)), 10));
        assertProblem(400, () -> reader.firstSheet(in(java.util.Arrays.copyOf(good, good.length / 2)), 10));
        assertProblem(400, () -> reader.firstSheet(in(xlsx("<worksheet><sheetData><row>", null)), 10));
        assertProblem(400, () -> reader.firstSheet(in(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}), 10));
        assertProblem(400, () -> reader.firstSheet(in(new byte[0]), 10));
    }

    private static void assertProblem(int status, Runnable read) {
        try {
            read.run();
            fail("expected " + status);
        } catch (Problem p) {
            assertEquals(p.getMessage(), status, p.status());
        }
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static String sheet(int rows, int columns, String text) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 1; r <= rows; r++) {
            s.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < columns; c++) {
                s.append("<c r=\"").append(org.apache.poi.ss.util.CellReference.convertNumToColString(c)).append(r)
                        .append("\" t=\"inlineStr\"><is><t>").append(text).append("</t></is></c>");
            }
            s.append("</row>");
        }
        return s.append("</sheetData></worksheet>").toString();
    }

    /** A minimal xlsx around {@code sheetXml}; with {@code rows} the sheet is written from them instead. */
    private static byte[] xlsx(String sheetXml, List<List<String>> rows) {
        if (rows != null) {
            StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 0; r < rows.size(); r++) {
                s.append("<row r=\"").append(r + 1).append("\">");
                for (int c = 0; c < rows.get(r).size(); c++) {
                    s.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                            .append(rows.get(r).get(c)).append("</t></is></c>");
                }
                s.append("</row>");
            }
            sheetXml = s.append("</sheetData></worksheet>").toString();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Roster\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", sheetXml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
