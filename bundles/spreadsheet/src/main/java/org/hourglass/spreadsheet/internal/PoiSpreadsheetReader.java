package org.hourglass.spreadsheet.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.spreadsheet.SpreadsheetReader;
import org.osgi.service.component.annotations.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Apache POI behind {@link SpreadsheetReader}. Cells are read as formatted text ({@link DataFormatter}), so an
 * 11-digit phone typed as a number reads "13900000001", not "1.39E10"; a formula reads as its last computed value.
 * <p>
 * Issue 14 item 7 (an xlsx bomb took the node down): xlsx is read <em>streaming</em> — the zip is measured first
 * ({@link ZipBudget}, 413 beyond it), then the first sheet is parsed by POI's SAX event model row by row and refused
 * at the first row, column or cell beyond the bounds ({@link SheetRows}); no workbook object model is built. xls
 * (not compressed) is bounded by the upload size. At most {@link #CONCURRENT_READS} files are read at once; others
 * wait up to {@link #MAX_WAIT_SECONDS} s, then get 503. Whatever POI throws on a broken file is a 400, never a 500.
 */
@Component
public class PoiSpreadsheetReader implements SpreadsheetReader {
    static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    static final int CONCURRENT_READS = 2;
    static final int MAX_WAIT_SECONDS = 20;
    private final Semaphore reads = new Semaphore(CONCURRENT_READS, true);

    public PoiSpreadsheetReader() {
        ZipSecureFile.setMaxEntrySize(ZipBudget.MAX_ENTRY_BYTES); // POI's own guard, behind ZipBudget's (POI is private to us)
    }

    @Override
    public List<List<String>> firstSheet(InputStream file, int maxRows) {
        byte[] bytes = readBounded(file);
        awaitTurn();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(PoiSpreadsheetReader.class.getClassLoader());
        try {
            FileMagic magic = FileMagic.valueOf(bytes);
            if (magic == FileMagic.OOXML) {
                ZipBudget.check(bytes);
                return xlsx(bytes, maxRows);
            }
            if (magic == FileMagic.OLE2) {
                return xls(bytes, maxRows);
            }
            throw unreadable("neither xlsx nor xls");
        } catch (Problem p) {
            throw p;
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            // RecordFormatException, POIXMLException, NotOfficeXmlFileException, …: a broken file, not a broken server
            throw unreadable(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            reads.release();
        }
    }

    private static List<List<String>> xlsx(byte[] bytes, int maxRows) throws IOException, SAXException, ParserConfigurationException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw Problem.invalid("the spreadsheet has no sheet", List.of());
            }
            SheetRows rows = new SheetRows(maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles == null ? new StylesTable() : styles, strings, rows,
                        new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return rows.rows();
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw unreadable(firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static List<List<String>> xls(byte[] bytes, int maxRows) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw Problem.invalid("the spreadsheet has no sheet", List.of());
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() >= maxRows) {
                throw Problem.invalid("the spreadsheet has more than " + maxRows + " rows", List.of());
            }
            DataFormatter text = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                int width = row == null ? 0 : Math.max(0, row.getLastCellNum());
                if (width > SheetRows.MAX_COLUMNS) {
                    throw Problem.invalid("the spreadsheet has more than " + SheetRows.MAX_COLUMNS + " columns", List.of());
                }
                for (int c = 0; c < width; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : text.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static byte[] readBounded(InputStream file) {
        try {
            byte[] bytes = file.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new Problem(413, "payload-too-large", "Payload too large", "a spreadsheet has at most " + MAX_FILE_BYTES + " bytes", null);
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable("the upload broke off");
        }
    }

    private void awaitTurn() {
        boolean turn;
        try {
            turn = reads.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw new Problem(503, "busy", "Busy", "other spreadsheets are being read; try again in a few seconds", null);
        }
    }

    private static Problem unreadable(String why) {
        return Problem.invalid("not a readable xlsx or xls file: " + why, List.of());
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        line = line.replaceAll("[\\p{Cntrl}]", " ");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
