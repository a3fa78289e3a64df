package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/** The course catalogue on the real assembly (C-10 … C-12). */
public class CatalogIT extends HourglassTestSupport {
    @Before
    public void platformUp() {
        awaitPlatform();
    }

    @Test
    public void c10_c11_aCourseHasTypedChaptersAndHoursAreDurationOver45MinutesToOneDecimal() {
        String admin = adminToken();
        // 45 min + 1 h 1 min 30 s = 106.5 min = 2.366.. class hours -> 2.3 (never rounded up)
        JsonNode c = post("/api/v1/courses", admin, pricedCourse(admin, "PAID_ON_DEMAND", "120.00", 2700, 3690)).expect(201).json();
        assertEquals("120.00", c.get("price").asText());
        assertEquals(2.3, c.get("hours").asDouble(), 0.0);
        assertEquals(2, c.get("chapters").size());
        long id = c.get("id").asLong();
        post("/api/v1/courses/" + id + "/chapters", admin, Map.of("title", "Safety", "kind", "VIDEO", "durationSeconds", 1800)).expect(201);
        JsonNode chapters = get("/api/v1/courses/" + id + "/chapters", admin).expect(200).json();
        assertEquals(3, chapters.size());
        assertEquals(3, chapters.get(2).get("position").asInt());
        // 106.5 + 30 = 136.5 min = 3.03 -> 3.0
        assertEquals(3.0, get("/api/v1/courses/" + id, admin).expect(200).json().get("hours").asDouble(), 0.0);
    }

    @Test
    public void c10_everyTypeAndItsPriceRule() {
        String admin = adminToken();
        for (String type : List.of("FREE_ON_DEMAND", "OWN_RECORDED", "OFFLINE", "LIVE")) {
            post("/api/v1/courses", admin, course(type, null, 2700)).expect(201);
        }
        JsonNode missingPrice = post("/api/v1/courses", admin, course("PAID_ON_DEMAND", null, 2700)).problem(400);
        assertEquals("price", missingPrice.get("errors").get(0).get("field").asText());
        JsonNode fractionOfCent = post("/api/v1/courses", admin, course("PAID_ON_DEMAND", "9.999", 2700)).problem(400);
        assertEquals("price", fractionOfCent.get("errors").get(0).get("field").asText());
        JsonNode badType = post("/api/v1/courses", admin, course("HOLOGRAM", null, 2700)).problem(400);
        assertEquals("type", badType.get("errors").get(0).get("field").asText());
        post("/api/v1/courses", admin, course("FREE_ON_DEMAND", null, 0)).problem(400);
    }

    /**
     * Issue 14 item 14: a course's provider — the seller of its copies and the issuer of their invoices — was free text. A
     * course with a price names its provider institution by id and carries that institution's registered name; an academic
     * admin's courses are their own institution's.
     */
    @Test
    public void c10_aPricedCoursesProviderIsAnInstitutionById() {
        String admin = adminToken();
        JsonNode noProvider = post("/api/v1/courses", admin, course("PAID_ON_DEMAND", "30.00", 2700)).problem(400);
        assertEquals("providerId", noProvider.get("errors").get(0).get("field").asText());
        Map<String, Object> unknown = course("PAID_ON_DEMAND", "30.00", 2700);
        unknown.put("providerId", 999_999);
        assertEquals("providerId", post("/api/v1/courses", admin, unknown).problem(400).get("errors").get(0).get("field").asText());
        long school = post("/api/v1/institutions", admin, Map.of("name", "Haidian Skills School", "creditCode", creditCode()))
                .expect(201).json().get("id").asLong();
        Map<String, Object> spoofed = course("PAID_ON_DEMAND", "30.00", 2700);
        spoofed.put("providerId", school);
        spoofed.put("provider", "Somebody Else Ltd");
        assertEquals("provider", post("/api/v1/courses", admin, spoofed).problem(400).get("errors").get(0).get("field").asText());
        spoofed.remove("provider");
        JsonNode sold = post("/api/v1/courses", admin, spoofed).expect(201).json();
        assertEquals(school, sold.get("providerId").asLong());
        assertEquals("Haidian Skills School", sold.get("provider").asText());

        String user = "courses" + nextSeq();
        post("/api/v1/staff", admin, Map.of("username", user, "name", "Wang", "role", "ACADEMIC_ADMIN", "institutionId", school,
                "password", "academic-pass")).expect(201);
        String academic = login(user, "academic-pass");
        Map<String, Object> own = course("PAID_ON_DEMAND", "20.00", 2700);
        own.remove("provider");
        assertEquals(school, post("/api/v1/courses", academic, own).expect(201).json().get("providerId").asLong());
        long other = post("/api/v1/institutions", admin, Map.of("name", "Other School", "creditCode", creditCode())).expect(201).json()
                .get("id").asLong();
        own.put("providerId", other);
        post("/api/v1/courses", academic, own).problem(403);
    }

    @Test
    public void c12_editingAPackageMakesANewVersionAndTheOldOneStaysReadable() {
        String admin = adminToken();
        long a = post("/api/v1/courses", admin, course("FREE_ON_DEMAND", null, 2700, 2700)).expect(201).json().get("id").asLong();
        long b = post("/api/v1/courses", admin, course("OWN_RECORDED", null, 3600)).expect(201).json().get("id").asLong();
        JsonNode v1 = post("/api/v1/packages", admin, Map.of("name", "Welders 2021", "courseIds", List.of(a, b))).expect(201).json();
        assertEquals(1, v1.get("version").asInt());
        assertEquals(45, v1.get("minutesPerHour").asInt());
        assertTrue(v1.get("playInOrder").asBoolean());
        assertEquals(3.3, v1.get("hours").asDouble(), 0.0); // 2.0 + 1.3
        long id = v1.get("id").asLong();
        JsonNode v2 = put("/api/v1/packages/" + id, admin, Map.of("name", "Welders 2021", "courseIds", List.of(b, a),
                "minutesPerHour", 60, "playInOrder", false)).expect(200).json();
        assertEquals(2, v2.get("version").asInt());
        assertEquals(2.5, v2.get("hours").asDouble(), 0.0); // 1.0 + 1.5 at 60-minute hours
        JsonNode old = get("/api/v1/packages/" + id + "?version=1", admin).expect(200).json();
        assertEquals(List.of(a, b), List.of(old.get("courseIds").get(0).asLong(), old.get("courseIds").get(1).asLong()));
        assertEquals(2, get("/api/v1/packages/" + id, admin).expect(200).json().get("version").asInt());
        get("/api/v1/packages/" + id + "?version=9", admin).problem(404);
        JsonNode unknown = post("/api/v1/packages", admin, Map.of("name", "Bad", "courseIds", List.of(a, 999999L))).problem(400);
        assertTrue(unknown.get("detail").asText().contains("999999"));
        post("/api/v1/packages", admin, Map.of("name", "Exam", "courseIds", List.of(a), "examRequired", true)).problem(400);
    }

    @Test
    public void c13_c36_aPaperIsScoredOutOf100AndAPackageExamNeedsARealPaper() {
        String admin = adminToken();
        List<Map<String, Object>> questions = List.of(
                Map.of("kind", "SINGLE", "stem", "Arc length?", "options", List.of("short", "long"), "answer", List.of(0), "points", 40),
                Map.of("kind", "MULTIPLE", "stem", "Protective gear?", "options", List.of("mask", "gloves", "sandals"),
                        "answer", List.of(0, 1), "points", 40),
                Map.of("kind", "TRUE_FALSE", "stem", "Ventilate the room", "answer", List.of(0), "points", 20));
        long paper = post("/api/v1/papers", admin, Map.of("title", "Welding safety", "questions", questions)).expect(201).json()
                .get("id").asLong();
        JsonNode pass = post("/api/v1/papers/" + paper + "/score", admin,
                Map.of("answers", List.of(List.of(0), List.of(0), List.of(0)))).expect(200).json();
        assertEquals(60, pass.get("score").asInt());
        assertTrue(pass.get("passed").asBoolean());
        JsonNode fail = post("/api/v1/papers/" + paper + "/score", admin,
                Map.of("answers", List.of(List.of(1), List.of(0, 1), List.of(1)))).expect(200).json();
        assertEquals(40, fail.get("score").asInt());
        assertTrue(!fail.get("passed").asBoolean());
        post("/api/v1/papers/" + paper + "/score", admin, Map.of("answers", List.of(List.of(0)))).problem(400);
        JsonNode not100 = post("/api/v1/papers", admin, Map.of("title", "Short", "questions", questions.subList(0, 2))).problem(400);
        assertTrue(not100.get("detail").asText(), not100.toString().contains("100"));

        long course = post("/api/v1/courses", admin, course("FREE_ON_DEMAND", null, 2700)).expect(201).json().get("id").asLong();
        post("/api/v1/packages", admin, Map.of("name", "With exam", "courseIds", List.of(course), "examRequired", true,
                "paperId", paper)).expect(201);
        JsonNode missing = post("/api/v1/packages", admin, Map.of("name", "With exam", "courseIds", List.of(course),
                "examRequired", true, "paperId", 999999)).problem(400);
        assertEquals("paperId", missing.get("errors").get(0).get("field").asText());
    }
}
