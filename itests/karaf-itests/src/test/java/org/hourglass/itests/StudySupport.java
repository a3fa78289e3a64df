package org.hourglass.itests;


import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hourglass.api.messaging.CodePurpose;
import org.junit.After;
import org.junit.Before;

/**
 * Shared fixtures of the learning-record itests ({@link LearningIT}, {@link ExamsAndIntegrityIT}) under the
 * fixture policy, whose class settings set the daily cap, windows, pop-up questions, sign-ins and photos:
 * courses with papers, open classes with packages, study-ready learners, heartbeats. The platform clock
 * is frozen and moved by the tests, so every second of credit is deterministic.
 */
public abstract class StudySupport extends HourglassTestSupport {
    /** 09:00 in Asia/Shanghai on a Monday; the classes start the day before. */
    protected static final Instant MORNING = Instant.parse("2026-03-02T01:00:00Z");
    protected static final String START = "2026-03-01";

    protected String admin;

    @Before
    public void ready() throws Exception {
        awaitPlatform();
        installFixturePolicy();
        clockAt(MORNING);
        admin = adminToken();
    }

    @After
    public void realTime() throws Exception {
        clockReal();
    }

    // ---- fixtures --------------------------------------------------------------------------------

    /** A course of chapters (seconds) with a 10-question paper (each answer is option 0). */
    protected record Course(long id, List<Long> chapters, long paperId) {
    }

    protected record Learner(long id, String idNumber, String token) {
    }

    protected record Setup(Org org, long classId, Course course, Learner learner) {
    }

    protected long paper() {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            questions.add(Map.of("kind", "SINGLE", "stem", "Question " + i, "options", List.of("right", "wrong"), "answer", List.of(0),
                    "points", 10));
        }
        return post("/api/v1/papers", admin, Map.of("title", "Safety exam", "questions", questions)).expect(201).json().get("id").asLong();
    }

    protected Course course(int... chapterSeconds) {
        long paper = paper();
        Map<String, Object> body = course("FREE_ON_DEMAND", null, chapterSeconds);
        body.put("paperId", paper);
        JsonNode c = post("/api/v1/courses", admin, body).expect(201).json();
        List<Long> chapters = new ArrayList<>();
        c.get("chapters").forEach(ch -> chapters.add(ch.get("id").asLong()));
        return new Course(c.get("id").asLong(), chapters, paper);
    }

    /** An open fixture class with a package of the course, settings as given, and one study-ready learner on its roster. */
    protected Setup setup(Map<String, String> settings, int... chapterSeconds) throws Exception {
        Course course = course(chapterSeconds);
        long pkg = post("/api/v1/packages", admin, Map.of("name", "P" + nextSeq(), "courseIds", List.of(course.id()))).expect(201)
                .json().get("id").asLong();
        Org org = organization(admin);
        long cls = post("/api/v1/classes", org.adminToken(), Map.of("name", "Welders", "policy", "fixture", "startDate", START,
                "capacity", 20, "packageId", pkg, "settings", settings)).expect(201).json().get("id").asLong();
        post("/api/v1/classes/" + cls + "/transitions", org.adminToken(), Map.of("to", "OPEN")).expect(201);
        return new Setup(org, cls, course, learnerIn(org, cls));
    }

    /** C-2: imported onto the roster, initial password changed, phone bound with a code: ready to study. */
    protected Learner learnerIn(Org org, long cls) {
        String id = idNumber();
        post("/api/v1/classes/" + cls + "/roster", org.adminToken(), List.of(Map.of("name", "Li Lei", "idNumber", id))).expect(200);
        String token = login(id, id.substring(12));
        post("/api/v1/auth/password", token, Map.of("currentPassword", id.substring(12), "newPassword", "study-hard-1")).expect(204);
        String phone = phone();
        post("/api/v1/auth/verification-codes", token, Map.of("purpose", "PHONE_BINDING", "phone", phone)).expect(202);
        JsonNode me = put("/api/v1/auth/phone", token, Map.of("phone", phone, "code", sentCode(phone, CodePurpose.PHONE_BINDING)))
                .expect(200).json();
        return new Learner(me.get("id").asLong(), id, token);
    }

    protected long seq;

    protected Answer beat(Setup s, long chapter, double position, String stream) {
        return beat(s, chapter, position, stream, Map.of());
    }

    protected Answer beat(Setup s, long chapter, double position, String stream, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("classId", s.classId(), "courseId", s.course().id(), "chapterId", chapter,
                "position", position, "streamId", stream, "sequence", ++seq));
        body.putAll(extra);
        return post("/api/v1/learning/heartbeats", s.learner().token(), body);
    }

    /** Plays {@code seconds} of wall time on one chapter from {@code from}, a beat every {@code every} s at {@code speed}. */
    protected double play(Setup s, long chapter, double from, int seconds, int every, double speed, String stream) throws Exception {
        Instant t = platformNow();
        double position = from;
        double credited = beat(s, chapter, position, stream).expect(200).json().get("creditedSeconds").asDouble();
        for (int elapsed = every; elapsed <= seconds; elapsed += every) {
            t = t.plusSeconds(every);
            clockAt(t);
            position = from + elapsed * speed;
            credited += beat(s, chapter, position, stream, Map.of("playbackRate", speed)).expect(200).json().get("creditedSeconds").asDouble();
        }
        return credited;
    }

    protected JsonNode progress(Setup s) {
        return get("/api/v1/learning/progress?classId=" + s.classId(), s.learner().token()).expect(200).json();
    }

    protected static Map<String, Object> answers(int right) {
        List<List<Integer>> a = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            a.add(List.of(i < right ? 0 : 1));
        }
        return Map.of("answers", a);
    }

    /** A practice pool (purpose PRACTICE) or mock exam (MOCK_EXAM) of the course: "Practice i", option 0 right, explained. */
    protected long pool(long courseId, String purpose, int questions, int points) {
        List<Map<String, Object>> qs = new java.util.ArrayList<>();
        for (int i = 0; i < questions; i++) {
            qs.add(Map.of("kind", "SINGLE", "stem", "Practice " + i, "options", List.of("right", "wrong"), "answer", List.of(0),
                    "points", points, "explanation", "Because " + i));
        }
        return post("/api/v1/papers", admin, Map.of("title", purpose + " pool", "purpose", purpose, "courseId", courseId, "questions", qs))
                .expect(201).json().get("id").asLong();
    }

    protected Answer photo(Setup s, byte[] image, String type) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + "/api/v1/learning/photos?classId=" + s.classId())).header("Content-Type", type)
                .header("Authorization", "Bearer " + s.learner().token()).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(image))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }

}
