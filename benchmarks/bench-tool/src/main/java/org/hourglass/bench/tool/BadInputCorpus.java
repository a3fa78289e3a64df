package org.hourglass.bench.tool;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hourglass.api.identity.ResidentIdNumber;

/**
 * Drill: the bad-input corpus. Every request is wrong in one way (bad ID checksums, huge/negative/NaN numbers,
 * wrong types, deep nesting, duplicate keys, malformed JSON, oversized and wrong-type uploads, control characters
 * in names, impossible and reversed dates, 0/1/999/1000-row rosters, bad query parameters, bad credentials) and
 * must be answered 4xx {@code application/problem+json} with type, title and status; and the counts of every
 * collection and of stored beats must be the same afterwards.
 */
final class BadInputCorpus {
    private record Case(String category, String method, String path, String token, String contentType, byte[] body) {
    }

    private final Http http;
    private final World.State state;
    private final List<Case> cases = new ArrayList<>();

    BadInputCorpus(Http http, World.State state) {
        this.http = http;
        this.state = state;
    }

    int run() throws Exception {
        String admin = http.login(World.ADMIN, World.ADMIN_PASSWORD);
        World.Learner learner = state.learners().get(0);
        long cls = state.classIds().get(0);
        JsonNode clsView = http.get("/api/v1/classes/" + cls, admin).expect(200).json();
        long org = clsView.path("ownerId").asLong();
        build(admin, learner, cls, org);
        Map<String, String> before = snapshot(admin);
        Map<String, Long> byCategory = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> r = send(c);
            String ct = r.headers().firstValue("Content-Type").orElse("");
            String why = verdict(r, ct);
            byCategory.merge(c.category() + " " + r.statusCode(), 1L, Long::sum);
            if (why != null) {
                String who = c.token() == null ? "anonymous" : c.token().startsWith("RAW:") ? "Authorization: " + c.token().substring(4)
                        : "bearer token";
                wrong.add(c.category() + ": " + c.method() + " " + c.path() + " as " + (who.length() > 40 ? who.substring(0, 40) + "…" : who) + " -> " + r.statusCode() + " " + ct + " (" + why + ") "
                        + (r.body().length() > 160 ? r.body().substring(0, 160) : r.body()));
            }
        }
        Map<String, String> after = snapshot(admin);
        Report.line("bad-input corpus: " + cases.size() + " requests; answers by category and status: " + byCategory);
        wrong.forEach(w -> Report.line("  NOT A 4xx PROBLEM: " + w));
        boolean unchanged = before.equals(after);
        Report.line("collections before " + before + (unchanged ? " = after" : " != after " + after));
        Report.line("bad-input corpus: %d requests, %d not answered 4xx problem+json, state %s", cases.size(), wrong.size(),
                unchanged ? "unchanged" : "CHANGED");
        return wrong.isEmpty() && unchanged && cases.size() >= 200 ? 0 : 1;
    }

    private static String verdict(HttpResponse<String> r, String ct) {
        if (r.statusCode() < 400 || r.statusCode() > 499) {
            return "status";
        }
        if (!ct.startsWith("application/problem+json")) {
            return "content type";
        }
        try {
            JsonNode p = Http.JSON.readTree(r.body());
            if (!p.hasNonNull("type") || !p.hasNonNull("title") || p.path("status").asInt() != r.statusCode()) {
                return "problem fields";
            }
        } catch (Exception e) {
            return "not JSON";
        }
        return null;
    }

    private HttpResponse<String> send(Case c) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.base + c.path())).timeout(Duration.ofSeconds(60));
        if (c.token() != null) {
            b.header("Authorization", c.token().startsWith("RAW:") ? c.token().substring(4) : "Bearer " + c.token());
        }
        if (c.contentType() != null) {
            b.header("Content-Type", c.contentType());
        }
        b.method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
        return http.client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Counts that any accepted write would change. */
    private Map<String, String> snapshot(String admin) {
        Map<String, String> s = new LinkedHashMap<>();
        for (String path : List.of("/api/v1/classes", "/api/v1/learners", "/api/v1/organizations", "/api/v1/courses", "/api/v1/packages",
                "/api/v1/papers", "/api/v1/orders", "/api/v1/staff", "/api/v1/institutions")) {
            HttpResponse<String> r;
            try {
                r = http.client.send(HttpRequest.newBuilder(URI.create(http.base + path + "?limit=1")).header("Authorization", "Bearer " + admin)
                        .build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            s.put(path, r.statusCode() + ":" + r.headers().firstValue("X-Total-Count").orElse("?"));
        }
        JsonNode audit = http.post("/api/v1/bench/audit", admin, Map.of("classIds", state.classIds(), "acknowledgedBeatIds", List.of()))
                .expect(200).json();
        s.put("beats", audit.get("beatsInClasses").asText());
        s.put("beijing applications", http.get("/api/v1/policies/beijing-subsidy/applications?limit=1", admin).status() + "");
        return s;
    }

    private void json(String category, String method, String path, String token, String body) {
        cases.add(new Case(category, method, path, token, "application/json", body.getBytes(StandardCharsets.UTF_8)));
    }

    private void raw(String category, String method, String path, String token, String contentType, byte[] body) {
        cases.add(new Case(category, method, path, token, contentType, body));
    }

    private static String q(String s) {
        return Http.json(s);
    }

    private static String wrongCheck(String first17) {
        char right = ResidentIdNumber.checkCharacter(first17);
        char wrong = right == '0' ? '1' : right == 'X' ? '2' : (char) (right == '9' ? 'X' : right + 1);
        return first17 + wrong;
    }

    private void build(String admin, World.Learner learner, long cls, long org) {
        String lt = learner.token();
        // 1. ID numbers: wrong check characters, wrong lengths, letters, impossible birth dates (C-1)
        for (int i = 0; i < 20; i++) {
            String first17 = "11010519" + (60 + i) + "0" + (1 + i % 9) + "1" + (i % 10) + "23" + (i % 10);
            json("id-checksum", "POST", "/api/v1/learners", admin, "{\"name\":\"张三\",\"idNumber\":" + q(wrongCheck(first17.substring(0, 17)))
                    + ",\"organizationId\":" + org + "}");
        }
        for (String bad : List.of("11010519850101123", "1101051985010112345", "11010519850101123A", "110105198502301234", "110105209901011234",
                "ABCDEFGHIJKLMNOPQR", "", "                  ", "110105-1985010112")) {
            json("id-malformed", "POST", "/api/v1/learners", admin, "{\"name\":\"李四\",\"idNumber\":" + q(bad) + ",\"organizationId\":" + org + "}");
        }
        // 2. numbers: huge, negative, NaN, too precise
        String calc = "/api/v1/policies/beijing-subsidy/calculator";
        for (String v : List.of("-1", "-0.1", "1e308", "1e400", "99999999999999999999999", "1.25", "0.05", "NaN", "Infinity", "-Infinity", "\"NaN\"",
                "\"12\"", "null", "true", "[]", "{}", "1e-400", "0x10", "012", "+5")) {
            json("numbers", "POST", calc, admin, "{\"hours\":{\"FREE_ON_DEMAND\":" + v + "}}");
        }
        String beat = "/api/v1/learning/heartbeats";
        Map<String, String> beatFields = new LinkedHashMap<>();
        beatFields.put("position", "-1");
        beatFields.put("playbackRate", "0");
        beatFields.put("sequence", "-1");
        for (Map.Entry<String, String> e : beatFields.entrySet()) {
            json("numbers", "POST", beat, lt, beatBody(learner, e.getKey(), e.getValue()));
        }
        for (String v : List.of("NaN", "1e400", "\"abc\"", "1e20", "-0.5", "[]")) {
            json("numbers", "POST", beat, lt, beatBody(learner, "position", v));
        }
        for (String v : List.of("-1", "100", "1e9", "\"fast\"")) {
            json("numbers", "POST", beat, lt, beatBody(learner, "playbackRate", v));
        }
        for (String v : List.of("-1", "0", "2147483648", "1e12", "2.5", "\"ten\"")) {
            json("numbers", "POST", "/api/v1/orders", admin, "{\"policy\":\"beijing-subsidy\",\"organizationId\":" + org
                    + ",\"lines\":[{\"kind\":\"COURSE_COPIES\",\"courseId\":" + state.courseId() + ",\"quantity\":" + v + "}]}");
        }
        for (String v : List.of("-1", "0", "2147483648", "1e10", "3.5", "\"ten\"", "1000")) {
            json("numbers", "POST", "/api/v1/classes", admin, classBody(org, "Bench bad capacity", LocalDate.now().toString(), null, v));
        }
        // 3. wrong types
        for (String v : List.of("123", "[]", "{}", "true", "null", "[\"a\"]")) {
            json("types", "POST", "/api/v1/classes", admin, classBody(org, null, LocalDate.now().toString(), null, "10").replace("\"name\":null", "\"name\":" + v));
        }
        for (String v : List.of("\"abc\"", "{}", "[1]", "true", "1.5", "-3")) {
            json("types", "POST", beat, lt, beatBody(learner, "classId", v));
        }
        for (String body : List.of("[]", "\"text\"", "42", "true", "null", "[{}]")) {
            json("types", "POST", "/api/v1/classes", admin, body);
            json("types", "POST", calc, admin, body);
        }
        json("types", "POST", "/api/v1/auth/login", null, "{\"principal\":123,\"password\":[]}");
        json("types", "POST", "/api/v1/orders", admin, "{\"policy\":\"beijing-subsidy\",\"lines\":{\"kind\":\"COURSE_COPIES\"}}");
        // 4. deep nesting
        for (int depth : List.of(1_001, 5_000, 50_000)) {
            json("nesting", "POST", "/api/v1/classes", admin, "[".repeat(depth) + "]".repeat(depth));
            json("nesting", "POST", calc, admin, "{\"hours\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}");
        }
        // 5. duplicate keys
        json("duplicate-keys", "POST", "/api/v1/classes", admin, classBody(org, "Dup", LocalDate.now().toString(), null, "10")
                .replaceFirst("\\{", "{\"name\":\"First\","));
        json("duplicate-keys", "POST", calc, admin, "{\"hours\":{\"FREE_ON_DEMAND\":1,\"FREE_ON_DEMAND\":2}}");
        json("duplicate-keys", "POST", beat, lt, beatBody(learner, "position", "1").replaceFirst("\\{", "{\"position\":2,"));
        json("duplicate-keys", "POST", "/api/v1/learners", admin, "{\"name\":\"A\",\"name\":\"B\",\"idNumber\":" + q(World.idNumber(7))
                + ",\"organizationId\":" + org + "}");
        json("duplicate-keys", "POST", "/api/v1/auth/login", null, "{\"principal\":\"admin\",\"principal\":\"admin\",\"password\":\"x\"}");
        // 6. malformed JSON and wrong media types
        for (String body : List.of("{", "{\"name\":", "{\"name\":\"x\",}", "{'name':'x'}", "", "{\"name\":\"x\"} trailing", "\uFEFF{}",
                "{\"name\":\"\\q\"}", "{\"a\":1}{\"b\":2}", "/* comment */ {}")) {
            json("malformed", "POST", "/api/v1/classes", admin, body);
        }
        raw("media-type", "POST", "/api/v1/classes", admin, "text/plain", "name=x".getBytes(StandardCharsets.UTF_8));
        raw("media-type", "POST", "/api/v1/classes", admin, "application/xml", "<class/>".getBytes(StandardCharsets.UTF_8));
        raw("media-type", "POST", beat, lt, "application/x-www-form-urlencoded", "position=1".getBytes(StandardCharsets.UTF_8));
        raw("media-type", "POST", calc, admin, null, "{}".getBytes(StandardCharsets.UTF_8));
        // 7. uploads: wrong type, wrong magic bytes, empty, oversized
        String photos = "/api/v1/learning/photos?classId=" + cls;
        raw("upload", "POST", photos, lt, "text/plain", "not an image".getBytes(StandardCharsets.UTF_8));
        raw("upload", "POST", photos, lt, "image/gif", "GIF89a....".getBytes(StandardCharsets.UTF_8));
        raw("upload", "POST", photos, lt, "image/jpeg", "this is no jpeg".getBytes(StandardCharsets.UTF_8));
        raw("upload", "POST", photos, lt, "image/png", new byte[0]);
        raw("upload", "POST", photos, lt, "image/png", pngOf(6 * 1024 * 1024));
        raw("upload", "POST", "/api/v1/learning/photos?classId=abc", lt, "image/png", pngOf(100));
        raw("upload", "POST", "/api/v1/payments/999999999/proof", admin, "application/pdf", "%PDF-1.4 nothing".getBytes(StandardCharsets.UTF_8));
        raw("upload", "POST", "/api/v1/payments/999999999/proof", admin, "application/zip", "PK\u0003\u0004".getBytes(StandardCharsets.UTF_8));
        raw("upload", "POST", "/api/v1/classes/" + cls + "/roster", admin, "text/csv", "\u0000\u0001\u0002 not a roster".getBytes(StandardCharsets.UTF_8));
        raw("upload", "POST", "/api/v1/classes/" + cls + "/roster", admin, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "PK not really a workbook".getBytes(StandardCharsets.UTF_8));
        raw("upload", "POST", "/api/v1/classes/" + cls + "/roster", admin, "image/png", pngOf(100));
        raw("upload", "POST", "/api/v1/classes", admin, "application/json", ("{\"name\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
        // 8. control characters and unicode tricks in names
        for (String name : List.of("\u0000", "Li\u0007Lei", "\u001b[31mred", "\u202eevil", "\u200b", "\t\n", " ", "x".repeat(501), "a\u0000b",
                "\ud800", "\udfff", "Bad\u0085Line", "\u2028", "\u0008back")) {
            json("control-chars", "POST", "/api/v1/classes", admin, classBody(org, name, LocalDate.now().toString(), null, "10"));
            json("control-chars", "POST", "/api/v1/learners", admin, "{\"name\":" + q(name) + ",\"idNumber\":" + q(World.idNumber(900_000 + name.length()))
                    + ",\"organizationId\":" + org + "}");
        }
        // 8b. charsets the JVM does not know (issue 14 item 15: a 500 text/html naming servlet classes)
        for (String type : List.of("application/json; charset=x-klingon", "application/json; charset=utf-99", "application/json;charset=\"\"")) {
            raw("charset", "POST", "/api/v1/auth/login", null, type, "{\"principal\":\"a\",\"password\":\"b\"}".getBytes(StandardCharsets.UTF_8));
            raw("charset", "POST", "/api/v1/classes", admin, type, classBody(org, "Bench charset", LocalDate.now().toString(), null, "10")
                    .getBytes(StandardCharsets.UTF_8));
        }
        // 9. impossible, future and reversed timestamps
        for (String[] d : List.of(new String[] {"2026-02-30", null}, new String[] {"2026-13-01", null}, new String[] {"20260601", null},
                new String[] {"2026/06/01", null}, new String[] {"2026-06-01", "2026-05-31"}, new String[] {"2026-06-01", "2025-06-01"},
                new String[] {"-999999999-01-01", null}, new String[] {"+10000-01-01", null}, new String[] {"2026-06-01T00:00:00Z", null})) {
            json("dates", "POST", "/api/v1/classes", admin, classBody(org, "Bench dates", d[0], d[1], "10"));
        }
        for (String t : List.of("\"not a time\"", "\"2026-13-01T00:00:00Z\"", "\"2026-06-01\"", "12345", "\"2026-06-01T25:00:00Z\"",
                "\"2999-01-01T00:00:00Z\"", "\"1970-01-01T00:00:00Z\"")) {
            json("dates", "POST", beat, lt, beatBody(learner, "clientTime", t));
        }
        json("dates", "POST", "/api/v1/policies/beijing-subsidy/offline-plans", admin, "{\"classId\":" + cls
                + ",\"startDate\":\"2026-06-10\",\"endDate\":\"2026-06-01\",\"hours\":4,\"place\":\"Haidian\"}");
        // 10. rosters of 0, 1, 999 and 1000 rows that cannot be accepted
        json("roster", "POST", "/api/v1/classes/" + cls + "/roster", admin, "[]");
        json("roster", "POST", "/api/v1/classes/" + cls + "/roster", admin, rows(1000, 0));
        json("roster", "POST", "/api/v1/classes/999999999/roster", admin, rows(1, 1000));
        json("roster", "POST", "/api/v1/classes/999999999/roster", admin, rows(999, 2000));
        json("roster", "POST", "/api/v1/classes/" + cls + "/roster", lt, rows(1, 3000));
        json("roster", "POST", "/api/v1/classes/" + cls + "/roster", lt, rows(999, 4000));
        json("roster", "POST", "/api/v1/classes/" + cls + "/roster", null, rows(1, 5000));
        json("roster", "POST", "/api/v1/classes/" + cls + "/roster", admin, "[{\"name\":\"x\"}, 5, \"y\"]");
        // 11. query parameters
        for (String qs : List.of("limit=abc", "limit=-1", "limit=100000", "offset=-5", "offset=abc", "limit=1e3", "limit=0", "offset=99999999999")) {
            cases.add(new Case("query", "GET", "/api/v1/classes?" + qs, admin, null, null));
        }
        cases.add(new Case("query", "GET", "/api/v1/learning/progress?classId=abc", lt, null, null));
        cases.add(new Case("query", "GET", "/api/v1/learning/progress", lt, null, null));
        // 12. unknown ids and paths
        for (String p : List.of("/api/v1/classes/999999999", "/api/v1/classes/-1", "/api/v1/classes/1.5", "/api/v1/orders/999999999",
                "/api/v1/learners/999999999", "/api/v1/classes/%2e%2e%2f%2e%2e%2fetc", "/api/v1/nothing-here", "/api/v1/certificates/NOPE",
                "/api/v1/policies/no-such-policy/calculator")) {
            cases.add(new Case("unknown", "GET", p, admin, null, null));
        }
        // 13. credentials and roles
        for (String t : List.of("RAW:Bearer", "RAW:Bearer ", "RAW:Basic YWRtaW46aG91cmdsYXNzLWRlbW8=", "RAW:Bearer x.y.z", "RAW:Bearer " + admin.substring(0, admin.length() - 4) + "AAAA",
                "not-a-token")) {
            cases.add(new Case("auth", "GET", "/api/v1/classes", t, null, null));
        }
        json("auth", "POST", "/api/v1/classes", lt, classBody(org, "Learner may not", LocalDate.now().toString(), null, "10"));
        json("auth", "POST", "/api/v1/learners", lt, "{\"name\":\"x\",\"idNumber\":" + q(World.idNumber(5)) + "}");
        json("auth", "POST", beat, admin, beatBody(learner, "position", "1"));
        json("auth", "POST", "/api/v1/auth/login", null, "{\"principal\":\"admin\",\"password\":\"wrong-password\"}");
        json("auth", "POST", "/api/v1/auth/login", null, "{\"principal\":\"" + "a".repeat(10_000) + "\",\"password\":\"x\"}");
    }

    private String beatBody(World.Learner l, String field, String rawValue) {
        Map<String, Object> b = new LinkedHashMap<>(new Beats(state).body(l));
        b.put(field, "__RAW__");
        return Http.json(b).replace("\"__RAW__\"", rawValue);
    }

    private static String classBody(long org, String name, String start, String end, String capacity) {
        return "{\"name\":" + (name == null ? "null" : q(name)) + ",\"policy\":\"beijing-subsidy\",\"ownerKind\":\"ORGANIZATION\",\"ownerId\":" + org
                + ",\"startDate\":" + q(start) + (end == null ? "" : ",\"endDate\":" + q(end)) + ",\"capacity\":" + capacity + "}";
    }

    private static String rows(int n, int offset) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(Map.of("name", "学员" + i, "idNumber", World.idNumber(7_000_000 + offset + i)));
        }
        return Http.json(rows);
    }

    private static byte[] pngOf(int size) {
        byte[] b = new byte[size];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(magic, 0, b, 0, Math.min(size, magic.length));
        return b;
    }
}
