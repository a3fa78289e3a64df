package org.hourglass.bench.tool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Drill (issue 14 item 7): the penetration test's xlsx bomb — about 1.3 MB that unpack to a ~95 MB sheet, a ratio near
 * 70:1 (under POI's 100:1 zip-bomb guard) — uploaded {@code parallel} times at once as a roster. Every answer must be a
 * 4xx problem+json, the roster must stay empty and health must answer 200 right after. The script samples the node's
 * RSS meanwhile (benchmarks/bin/drill-bad-input); the figures go to BENCHMARKS.md.
 */
final class XlsxBombDrill {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final Http http;
    private final World.State state;
    private final int parallel;
    private final int sheetMegabytes;

    XlsxBombDrill(Http http, World.State state, Map<String, String> o) {
        this.http = http;
        this.state = state;
        this.parallel = Main.num(o, "parallel", 5);
        this.sheetMegabytes = Main.num(o, "sheet-mb", 95);
    }

    int run() throws Exception {
        String admin = http.login(World.ADMIN, World.ADMIN_PASSWORD);
        long cls = state.classIds().get(0);
        int before = http.get("/api/v1/classes/" + cls + "/roster", admin).expect(200).json().size();
        long[] sheetBytes = new long[1];
        byte[] bomb = bomb(sheetMegabytes * 1_000_000L, sheetBytes);
        Report.line("xlsx bomb: %.2f MB upload, sheet XML %.1f MB, ratio %.0f:1", bomb.length / 1e6, sheetBytes[0] / 1e6,
                (double) sheetBytes[0] / bomb.length);
        Map<String, Integer> answers = new TreeMap<>();
        double slowest = 0;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Object[]>> sent = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                sent.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    Http.Answer a;
                    try {
                        a = http.post("/api/v1/classes/" + cls + "/roster", admin, bomb, "Content-Type", XLSX);
                    } catch (IllegalStateException e) { // no answer within the client's 60 s
                        a = new Http.Answer(0, "no answer (" + e.getCause().getClass().getSimpleName() + ")", "");
                    }
                    return new Object[] {a, (System.nanoTime() - t0) / 1e6};
                }));
            }
            for (Future<Object[]> f : sent) {
                Object[] r = f.get();
                Http.Answer a = (Http.Answer) r[0];
                boolean problem = a.status() >= 400 && a.status() < 500 && a.contentType().startsWith("application/problem+json");
                answers.merge(a.status() + (problem ? " problem+json" : " " + a.contentType()), 1, Integer::sum);
                slowest = Math.max(slowest, (double) r[1]);
            }
        } finally {
            pool.shutdownNow();
        }
        long h0 = System.nanoTime();
        int health = http.get("/api/v1/health", null).status();
        double healthMs = (System.nanoTime() - h0) / 1e6;
        int after = http.get("/api/v1/classes/" + cls + "/roster", admin).expect(200).json().size();
        boolean refused = answers.keySet().stream().allMatch(k -> k.startsWith("4") && k.endsWith("problem+json"));
        boolean ok = refused && health == 200 && after == before;
        Report.line("xlsx bomb: %d at once -> %s, slowest %.0f ms; health right after -> %d in %.0f ms; roster %d -> %d -> %s", parallel,
                answers, slowest, health, healthMs, before, after, ok ? "OK" : "FAILED");
        return ok ? 0 : 1;
    }

    /**
     * One sheet of rows of 16 inline-string cells: the first has the row's number and a random one, the other 15 repeat,
     * which puts the compression ratio near 70:1 (95 MB in about 1.4 MB).
     */
    static byte[] bomb(long sheetBytes, long[] written) throws IOException {
        Random random = new Random(14);
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
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            long n = write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                    + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 1; n < sheetBytes; r++) {
                StringBuilder row = new StringBuilder("<row r=\"").append(r).append("\"><c r=\"A").append(r)
                        .append("\" t=\"inlineStr\"><is><t>学员").append(random.nextInt(1000)).append("</t></is></c>");
                for (int c = 1; c < 16; c++) {
                    row.append("<c t=\"inlineStr\"><is><t>张三李四王五赵六</t></is></c>");
                }
                n += write(zip, row.append("</row>").toString());
            }
            n += write(zip, "</sheetData></worksheet>");
            zip.closeEntry();
            written[0] = n;
        }
        return bytes.toByteArray();
    }

    private static long write(ZipOutputStream zip, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        zip.write(b);
        return b.length;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, content);
        zip.closeEntry();
    }
}
