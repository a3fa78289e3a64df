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

    /** Issue 14 item 7: 1.3 MB that unpack to 95 MB grew the heap by 2 GB; now the zip is measured before POI reads it. */
    @Test
    public void aZipBombIsRefusedWith413BeforeItIsParsed() throws IOException {
        String cell = "x".repeat(1000);
        byte[] bomb = xlsx(book -> {
            Sheet sheet = book.createSheet("Bomb");
            for (int r = 0; r < 11_000; r++) { // ~11 MB of sheet XML: one part over the 8 MiB budget
                sheet.createRow(r).createCell(0).setCellValue(cell);
            }
        });
        assertProblem(413, () -> reader.firstSheet(in(bomb), 10));
    }

    @Test
    public void rowsColumnsAndCellsBeyondTheBoundsAre400() throws IOException {
        assertProblem(400, () -> reader.firstSheet(in(xlsx(book -> fill(book.createSheet("Long"), 11, 1, "x"))), 10));
        assertProblem(400, () -> reader.firstSheet(in(xlsx(book -> fill(book.createSheet("Wide"), 1, 65, "x"))), 10));
        assertProblem(400, () -> reader.firstSheet(in(xlsx(book -> fill(book.createSheet("Fat"), 1, 1, "x".repeat(5000)))), 10));
        // a single row numbered a million would otherwise be padded with a million empty rows
        assertProblem(400, () -> reader.firstSheet(in(xlsx(book -> book.createSheet("Far").createRow(999_999).createCell(0)
                .setCellValue("x"))), 10));
    }

    @Test
    public void brokenFilesAre400NeverAServerError() throws IOException {
        byte[] good = xlsx(book -> fill(book.createSheet("Good"), 2, 2, "x"));
        assertProblem(400, () -> reader.firstSheet(in("name,phone\n".getBytes(StandardCharsets.UTF_8)), 10));
        assertProblem(400, () -> reader.firstSheet(in(java.util.Arrays.copyOf(good, good.length / 2)), 10));
        assertProblem(400, () -> reader.firstSheet(in(withPart(good, "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>")), 10));
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

    private static void fill(Sheet sheet, int rows, int columns, String text) {
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < columns; c++) {
                row.createCell(c).setCellValue(text);
            }
        }
    }

    /** An xlsx as POI writes it (streaming, inline strings), with the sheet {@code content} makes. */
    private static byte[] xlsx(java.util.function.Consumer<Workbook> content) {
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(null, 100, false, false)) {
            content.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code zip} with one part's content replaced. */
    private static byte[] withPart(byte[] zip, String part, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (org.apache.commons.compress.archivers.zip.ZipArchiveInputStream in =
                new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(new ByteArrayInputStream(zip), "UTF-8", true, true);
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(part) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
