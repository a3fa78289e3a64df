package org.hourglass.bench.tool;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.hourglass.api.identity.CreditCode;
import org.hourglass.api.identity.ResidentIdNumber;

/**
 * The data a benchmark run drives, created over the REST API as an organisation would (organisation, course,
 * package, Beijing classes, roster import, free course copies ordered and assigned by tasks), plus the probe's
 * fixtures. Saved to a state file so later commands and restarts reuse it.
 */
final class World {
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = System.getenv().getOrDefault("HOURGLASS_ADMIN_PASSWORD", "hourglass-demo");
    static final String LEARNER_PASSWORD = "bench-pass-1";
    static final String POLICY = "beijing-subsidy";

    public record Learner(long id, String idNumber, long classId, String token) {
    }

    public record State(long courseId, long chapterId, List<Long> classIds, List<Learner> learners, Long settlementClassId,
            int settlementCourses) {
    }

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 100_000));

    static String idNumber(int n) {
        String first17 = "110105" + (1960 + n % 40) + String.format("%02d", 1 + n / 40 % 12) + String.format("%02d", 1 + n / 480 % 28)
                + String.format("%03d", n / 13_440 % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static String creditCode() {
        String first17 = "91110108MA" + String.format("%07d", SEQ.incrementAndGet() % 10_000_000);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** Learner numbers never repeat across runs on one database: they start from a time-based offset. */
    private static final AtomicInteger LEARNER_SEQ = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 1_000_000) * 13);

    static int nextLearner() {
        return LEARNER_SEQ.incrementAndGet();
    }

    static State create(Http http, int learners, int perClass, int settlementLearners, int settlementCourses) {
        String admin = http.login(ADMIN, ADMIN_PASSWORD);
        String phone = "137" + String.format("%08d", SEQ.incrementAndGet() * 97 % 100_000_000);
        long org = http.post("/api/v1/organizations", admin, Map.of("name", "Bench Co " + SEQ.get(), "creditCode", creditCode(),
                "responsiblePerson", "Li Lei", "businessRegion", "Haidian", "insuredRegion", "Beijing", "insuredRegionCode", "110108",
                "admin", Map.of("name", "Han Meimei", "phone", phone, "password", "org-admin-pass"))).expect(201).json().get("id").asLong();
        String orgToken = http.login(phone, "org-admin-pass");
        JsonNode course = http.post("/api/v1/courses", admin, course("FREE_ON_DEMAND", null, 7200, null)).expect(201).json();
        long courseId = course.get("id").asLong();
        long chapterId = course.get("chapters").get(0).get("id").asLong();
        long pkg = http.post("/api/v1/packages", admin, Map.of("name", "Bench load " + SEQ.incrementAndGet(), "courseIds", List.of(courseId)))
                .expect(201).json().get("id").asLong();
        List<Long> classes = new ArrayList<>();
        Map<Long, List<String>> idsByClass = new HashMap<>();
        for (int done = 0; done < learners; done += perClass) {
            long cls = beijingClass(http, orgToken, pkg, Math.min(perClass, learners - done));
            idsByClass.put(cls, roster(http, orgToken, cls, Math.min(perClass, learners - done)));
            classes.add(cls);
        }
        if (learners > 0) {
            http.post("/api/v1/orders", orgToken, Map.of("policy", POLICY, "lines", List.of(Map.of("kind", "COURSE_COPIES", "courseId", courseId,
                    "quantity", learners)))).expect(201);
            for (long cls : classes) {
                http.post("/api/v1/classes/" + cls + "/tasks", orgToken, Map.of("courseId", courseId)).expect(201);
                http.post("/api/v1/bench/classes/" + cls + "/ready-learners", admin, Map.of("password", LEARNER_PASSWORD)).expect(200);
            }
        }
        List<Learner> all = new ArrayList<>(logins(http, idsByClass));
        Long settlementClass = null;
        if (settlementLearners > 0) {
            settlementClass = settlementClass(http, admin, orgToken, settlementLearners, settlementCourses);
        }
        return new State(courseId, chapterId, classes, all, settlementClass, settlementCourses);
    }

    private static Map<String, Object> course(String type, String price, int seconds, Long paper) {
        Map<String, Object> c = new HashMap<>(Map.of("title", "Bench course " + SEQ.incrementAndGet(), "provider", "Capital Vocational School",
                "category", "Skills", "type", type, "chapters", List.of(Map.of("title", "Chapter 1", "kind", "VIDEO", "durationSeconds", seconds))));
        if (price != null) {
            c.put("price", price);
        }
        if (paper != null) {
            c.put("paperId", paper);
        }
        return c;
    }

    private static long beijingClass(Http http, String orgToken, long pkg, int capacity) {
        long cls = http.post("/api/v1/classes", orgToken, Map.of("name", "Bench class " + SEQ.incrementAndGet(), "policy", POLICY,
                "startDate", LocalDate.now().toString(), "capacity", Math.max(1, capacity), "packageId", pkg)).expect(201).json().get("id").asLong();
        http.post("/api/v1/classes/" + cls + "/transitions", orgToken, Map.of("to", "OPEN")).expect(201);
        return cls;
    }

    private static List<String> roster(Http http, String orgToken, long cls, int n) {
        List<String> ids = new ArrayList<>();
        for (int from = 0; from < n; from += 500) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + 500); i++) {
                String id = idNumber(LEARNER_SEQ.incrementAndGet());
                ids.add(id);
                rows.add(Map.of("name", "学员" + i, "idNumber", id));
            }
            JsonNode report = http.post("/api/v1/classes/" + cls + "/roster", orgToken, rows).expect(200).json();
            if (report.path("errors").size() > 0) {
                throw new IllegalStateException("roster import refused rows: " + report.get("errors"));
            }
        }
        return ids;
    }

    private static List<Learner> logins(Http http, Map<Long, List<String>> idsByClass) {
        List<Learner> out = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> classOf = new ConcurrentHashMap<>();
        idsByClass.forEach((cls, ids) -> ids.forEach(id -> classOf.put(id, cls)));
        classOf.keySet().parallelStream().forEach(id -> {
            JsonNode r = http.post("/api/v1/auth/login", null, Map.of("principal", id, "password", LEARNER_PASSWORD)).expect(200).json();
            out.add(new Learner(r.get("account").get("id").asLong(), id, classOf.get(id), r.get("token").asText()));
        });
        out.sort(java.util.Comparator.comparingLong(Learner::id));
        return out;
    }

    /** Benchmark 3's class: {@code learners} on the roster of a Beijing class whose package has {@code courses} one-hour courses. */
    private static long settlementClass(Http http, String admin, String orgToken, int learners, int courses) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            questions.add(Map.of("kind", "SINGLE", "stem", "Question " + i, "options", List.of("right", "wrong"), "answer", List.of(0), "points", 10));
        }
        long paper = http.post("/api/v1/papers", admin, Map.of("title", "Bench exam", "questions", questions)).expect(201).json().get("id").asLong();
        String[] types = {"FREE_ON_DEMAND", "PAID_ON_DEMAND", "OWN_RECORDED"};
        // a priced course is sold by an institution, named by id (issue 14 item 14)
        long school = http.post("/api/v1/institutions", admin, Map.of("name", "Bench school " + SEQ.incrementAndGet(), "creditCode",
                creditCode())).expect(201).json().get("id").asLong();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < courses; i++) {
            String type = types[i % types.length];
            Map<String, Object> body = course(type, type.equals("PAID_ON_DEMAND") ? "30.00" : null, 2700, paper);
            if (type.equals("PAID_ON_DEMAND")) {
                body.remove("provider");
                body.put("providerId", school);
            }
            ids.add(http.post("/api/v1/courses", admin, body).expect(201).json().get("id").asLong());
        }
        long pkg = http.post("/api/v1/packages", admin, Map.of("name", "Bench settlement " + SEQ.incrementAndGet(), "courseIds", ids))
                .expect(201).json().get("id").asLong();
        long cls = beijingClass(http, orgToken, pkg, learners);
        roster(http, orgToken, cls, learners);
        http.post("/api/v1/bench/classes/" + cls + "/coverage", admin, null).expect(200);
        return cls;
    }

    static void save(State s, File f) throws IOException {
        f.getParentFile().mkdirs();
        Http.JSON.writerWithDefaultPrettyPrinter().writeValue(f, s);
    }

    static State load(File f) throws IOException {
        return Http.JSON.readValue(f, State.class);
    }
}
