package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hourglass.api.messaging.CodePurpose;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Learning records on the real assembly, under the fixture policy (its class settings set the daily cap
 * and study windows): heartbeats and the credit ledger (C-30 … C-34), progress (C-32), exams (C-35,
 * C-36, C-39) and effective hours (C-37). The platform clock is frozen and moved by the tests, so every
 * second of credit is deterministic.
 */
public class LearningIT extends HourglassTestSupport {
    /** 09:00 in Asia/Shanghai on a Monday; the classes start the day before. */
    private static final Instant MORNING = Instant.parse("2026-03-02T01:00:00Z");
    private static final String START = "2026-03-01";

    private String admin;

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
    record Course(long id, List<Long> chapters, long paperId) {
    }

    record Learner(long id, String idNumber, String token) {
    }

    record Setup(Org org, long classId, Course course, Learner learner) {
    }

    private long paper() {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            questions.add(Map.of("kind", "SINGLE", "stem", "Question " + i, "options", List.of("right", "wrong"), "answer", List.of(0),
                    "points", 10));
        }
        return post("/api/v1/papers", admin, Map.of("title", "Safety exam", "questions", questions)).expect(201).json().get("id").asLong();
    }

    private Course course(int... chapterSeconds) {
        long paper = paper();
        Map<String, Object> body = course("FREE_ON_DEMAND", null, chapterSeconds);
        body.put("paperId", paper);
        JsonNode c = post("/api/v1/courses", admin, body).expect(201).json();
        List<Long> chapters = new ArrayList<>();
        c.get("chapters").forEach(ch -> chapters.add(ch.get("id").asLong()));
        return new Course(c.get("id").asLong(), chapters, paper);
    }

    /** An open fixture class with a package of the course, settings as given, and one study-ready learner on its roster. */
    private Setup setup(Map<String, String> settings, int... chapterSeconds) throws Exception {
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
    private Learner learnerIn(Org org, long cls) {
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

    private long seq;

    private Answer beat(Setup s, long chapter, double position, String stream) {
        return beat(s, chapter, position, stream, Map.of());
    }

    private Answer beat(Setup s, long chapter, double position, String stream, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("classId", s.classId(), "courseId", s.course().id(), "chapterId", chapter,
                "position", position, "streamId", stream, "sequence", ++seq));
        body.putAll(extra);
        return post("/api/v1/learning/heartbeats", s.learner().token(), body);
    }

    /** Plays {@code seconds} of wall time on one chapter from {@code from}, a beat every {@code every} s at {@code speed}. */
    private double play(Setup s, long chapter, double from, int seconds, int every, double speed, String stream) throws Exception {
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

    private JsonNode progress(Setup s) {
        return get("/api/v1/learning/progress?classId=" + s.classId(), s.learner().token()).expect(200).json();
    }

    // ---- C-30, C-31, C-32 ------------------------------------------------------------------------

    @Test
    public void c30_c32_watchingAtNormalSpeedEarnsExactlyTheCourseHours() throws Exception {
        Setup s = setup(Map.of(), 1800, 900); // 2700 s = 1.0 class hour (C-11)
        double first = play(s, s.course().chapters().get(0), 0, 1800, 60, 1.0, "player-one-1");
        assertEquals(1800.0, first, 0.0);
        double second = play(s, s.course().chapters().get(1), 0, 900, 60, 1.0, "player-one-1");
        assertEquals(900.0, second, 0.0);
        clockAt(platformNow().plusSeconds(60));
        JsonNode atTheEnd = beat(s, s.course().chapters().get(1), 900, "player-one-1").expect(200).json();
        assertEquals("never more than the chapter's length", 0.0, atTheEnd.get("creditedSeconds").asDouble(), 0.0);
        JsonNode p = progress(s);
        assertEquals(100, p.get("classPercent").asInt());
        assertEquals(1.0, p.get("creditedHours").asDouble(), 0.0);
        assertEquals(100, p.get("courses").get(0).get("watchedPercent").asInt());
        assertEquals(1.0, p.get("courses").get(0).get("hours").asDouble(), 0.0);
        assertFalse("not effective before the exam (C-37)", p.get("courses").get(0).get("effective").asBoolean());
    }

    @Test
    public void c30_c31_doubleSpeedOrSeekingAheadEarnsNoMoreThanRealTime() throws Exception {
        Setup s = setup(Map.of(), 1800);
        long chapter = s.course().chapters().get(0);
        double fast = play(s, chapter, 0, 600, 30, 2.0, "player-fast-1");
        assertTrue("2x for 600 s of wall clock earned " + fast, fast <= 600.0);
        JsonNode p = progress(s);
        assertTrue(p.get("courses").get(0).get("watchedPercent").asInt() < 100);

        Setup t = setup(Map.of(), 1800);
        long ch = t.course().chapters().get(0);
        play(t, ch, 0, 60, 30, 1.0, "player-seek-1");
        clockAt(platformNow().plusSeconds(30));
        JsonNode jump = beat(t, ch, 1500, "player-seek-1").expect(200).json();
        assertEquals(0.0, jump.get("creditedSeconds").asDouble(), 0.0);
        assertTrue(jump.get("flags").toString(), jump.get("flags").toString().contains("POSITION_JUMP"));
        clockAt(platformNow().plusSeconds(30));
        JsonNode ahead = beat(t, ch, 1530, "player-seek-1").expect(200).json();
        assertEquals(0.0, ahead.get("creditedSeconds").asDouble(), 0.0);
        assertTrue(ahead.get("note").asText().startsWith("C-31:"));
        assertEquals(60.0, ahead.get("furthestSeconds").asDouble(), 0.0);
        // resuming from the furthest point credits again
        clockAt(platformNow().plusSeconds(30));
        beat(t, ch, 60, "player-seek-1").expect(200);
        clockAt(platformNow().plusSeconds(30));
        assertEquals(30.0, beat(t, ch, 90, "player-seek-1").expect(200).json().get("creditedSeconds").asDouble(), 0.0);
    }

    @Test
    public void c30_replayedBeatsAndIdempotentRetriesCreditNothingTwice() throws Exception {
        Setup s = setup(Map.of(), 600);
        long ch = s.course().chapters().get(0);
        beat(s, ch, 0, "player-dup-1").expect(200);
        clockAt(platformNow().plusSeconds(30));
        Map<String, Object> body = new HashMap<>(Map.of("classId", s.classId(), "courseId", s.course().id(), "chapterId", ch,
                "position", 30, "streamId", "player-dup-1", "sequence", ++seq));
        JsonNode first = post("/api/v1/learning/heartbeats", s.learner().token(), body, "Idempotency-Key", "beat-" + seq).expect(200).json();
        assertEquals(30.0, first.get("creditedSeconds").asDouble(), 0.0);
        clockAt(platformNow().plusSeconds(30));
        JsonNode retry = post("/api/v1/learning/heartbeats", s.learner().token(), body, "Idempotency-Key", "beat-" + seq).expect(200).json();
        assertEquals("the first answer, unchanged", first, retry);
        JsonNode replay = post("/api/v1/learning/heartbeats", s.learner().token(), body).expect(200).json();
        assertEquals(0.0, replay.get("creditedSeconds").asDouble(), 0.0);
        assertTrue(replay.get("flags").toString().contains("DUPLICATE"));
        assertEquals(30.0, replay.get("furthestSeconds").asDouble(), 0.0);
    }

    @Test
    public void c04_oneLiveStudyStreamPerLearner() throws Exception {
        Setup s = setup(Map.of(), 600);
        long ch = s.course().chapters().get(0);
        beat(s, ch, 0, "phone-stream-1").expect(200);
        clockAt(platformNow().plusSeconds(30));
        JsonNode second = beat(s, ch, 0, "laptop-stream-1").problem(409);
        assertTrue(second.get("detail").asText().startsWith("C-4:"));
        clockAt(platformNow().plusSeconds(120));
        beat(s, ch, 0, "laptop-stream-1").expect(200);
    }

    // ---- C-33, C-34, C-23, C-20, C-2 -------------------------------------------------------------

    @Test
    public void c33_theDailyCapKeepsTheRestUncreditedUntilTheNextDay() throws Exception {
        Setup s = setup(Map.of("dailyCapMinutes", "1"), 600);
        long ch = s.course().chapters().get(0);
        double credited = play(s, ch, 0, 60, 30, 1.0, "player-cap-1");
        assertEquals(60.0, credited, 0.0);
        clockAt(platformNow().plusSeconds(30));
        JsonNode capped = beat(s, ch, 90, "player-cap-1").expect(200).json();
        assertEquals(0.0, capped.get("creditedSeconds").asDouble(), 0.0);
        assertEquals("kept as a fact, not credited", 30.0, capped.get("cappedSeconds").asDouble(), 0.0);
        assertTrue(capped.get("note").asText().startsWith("C-33:"));
        assertEquals(60.0, capped.get("furthestSeconds").asDouble(), 0.0);
        assertEquals(60.0, capped.get("creditedTodaySeconds").asDouble(), 0.0);
        // the next local day (Asia/Shanghai) the learner resumes from the furthest point
        clockAt(Instant.parse("2026-03-03T01:00:00Z"));
        Setup nextMorning = new Setup(s.org(), s.classId(), s.course(), new Learner(s.learner().id(), s.learner().idNumber(),
                login(s.learner().idNumber(), "study-hard-1"))); // yesterday's session expired after 8 h (C-4)
        double nextDay = play(nextMorning, ch, 60, 60, 30, 1.0, "player-cap-1");
        assertEquals(60.0, nextDay, 0.0);
    }

    @Test
    public void c33_studyOutsideTheClassWindowsIsNotCredited() throws Exception {
        Setup s = setup(Map.of("windows", "14:00-18:00"), 600); // it is 09:00 in Beijing
        long ch = s.course().chapters().get(0);
        assertEquals(0.0, play(s, ch, 0, 60, 30, 1.0, "player-win-1"), 0.0);
        clockAt(Instant.parse("2026-03-02T06:30:00Z")); // 14:30 local
        assertEquals(60.0, play(s, ch, 0, 60, 30, 1.0, "player-win-1"), 0.0);
    }

    @Test
    public void c23_c20_c34_studyOnlyWhileTheClassIsOpenAndReviewAfterCloseEarnsNothing() throws Exception {
        Setup s = setup(Map.of(), 600);
        long ch = s.course().chapters().get(0);
        clockAt(Instant.parse("2026-02-28T01:00:00Z"));
        assertTrue(beat(s, ch, 0, "player-life-1").problem(409).get("detail").asText().startsWith("C-23:"));
        clockAt(MORNING);
        play(s, ch, 0, 60, 30, 1.0, "player-life-1");
        post("/api/v1/classes/" + s.classId() + "/transitions", admin, Map.of("to", "CLOSED", "reason", "term over")).expect(201);
        clockAt(platformNow().plusSeconds(30));
        JsonNode review = beat(s, ch, 90, "player-life-1").expect(200).json();
        assertEquals(0.0, review.get("creditedSeconds").asDouble(), 0.0);
        assertTrue(review.get("note").asText().startsWith("C-34:"));

        Course c = course(600);
        long pkg = post("/api/v1/packages", admin, Map.of("name", "P" + nextSeq(), "courseIds", List.of(c.id()))).expect(201).json()
                .get("id").asLong();
        long planned = post("/api/v1/classes", s.org().adminToken(), Map.of("name", "Later", "policy", "fixture", "startDate", START,
                "capacity", 5, "packageId", pkg)).expect(201).json().get("id").asLong();
        Learner l = learnerIn(s.org(), planned);
        JsonNode notOpen = post("/api/v1/learning/heartbeats", l.token(), Map.of("classId", planned, "courseId", c.id(),
                "chapterId", c.chapters().get(0), "position", 0, "streamId", "player-plan-1", "sequence", 1)).problem(409);
        assertTrue(notOpen.get("detail").asText().startsWith("C-20:"));
    }

    @Test
    public void c02_onlyReadyLearnersOnTheRosterStudyTheClassesCourses() throws Exception {
        Setup s = setup(Map.of(), 600);
        long ch = s.course().chapters().get(0);
        String id = idNumber();
        post("/api/v1/classes/" + s.classId() + "/roster", s.org().adminToken(), List.of(Map.of("name", "New", "idNumber", id)))
                .expect(200);
        String fresh = login(id, id.substring(12));
        Map<String, Object> body = Map.of("classId", s.classId(), "courseId", s.course().id(), "chapterId", ch, "position", 0,
                "streamId", "player-new-1", "sequence", 1);
        assertTrue(post("/api/v1/learning/heartbeats", fresh, body).problem(409).get("detail").asText().startsWith("C-2:"));
        Setup other = setup(Map.of(), 600);
        post("/api/v1/learning/heartbeats", other.learner().token(), body).problem(404);
        Course outside = course(60);
        JsonNode notInPackage = beat(s, outside.chapters().get(0), 0, "player-x-1", Map.of("courseId", outside.id())).problem(400);
        assertEquals("courseId", notInPackage.get("errors").get(0).get("field").asText());
        JsonNode bad = post("/api/v1/learning/heartbeats", s.learner().token(), Map.of("classId", s.classId(), "courseId",
                s.course().id(), "chapterId", ch, "position", -1, "streamId", "x", "sequence", 1)).problem(400);
        assertEquals(2, bad.get("errors").size());
        get("/api/v1/learning/progress?classId=" + s.classId(), other.learner().token()).problem(404);
        get("/api/v1/learning/progress?classId=" + s.classId() + "&learnerId=" + s.learner().id(), other.org().adminToken()).problem(404);
        assertEquals(s.learner().id(), get("/api/v1/learning/progress?classId=" + s.classId() + "&learnerId=" + s.learner().id(),
                s.org().adminToken()).expect(200).json().get("learnerId").asLong());
    }

    // ---- C-38 ------------------------------------------------------------------------------------

    @Test
    public void c38_aPopUpQuestionPausesCreditUntilItsNonceIsAnsweredRight() throws Exception {
        Setup s = setup(Map.of("popupQuestions", "true"), 1200);
        long ch = s.course().chapters().get(0);
        beat(s, ch, 0, "player-pop-1").expect(200);
        JsonNode last = null;
        for (int t = 60; t <= 300; t += 60) {
            clockAt(platformNow().plusSeconds(60));
            last = beat(s, ch, t, "player-pop-1").expect(200).json();
        }
        assertEquals(60.0, last.get("creditedSeconds").asDouble(), 0.0);
        JsonNode challenge = last.get("challenge");
        assertTrue("a question after 5 credited minutes: " + last, challenge != null && !challenge.isNull());
        String nonce = challenge.get("nonce").asText();
        clockAt(platformNow().plusSeconds(60));
        JsonNode paused = beat(s, ch, 360, "player-pop-1").expect(200).json();
        assertEquals(0.0, paused.get("creditedSeconds").asDouble(), 0.0);
        assertTrue(paused.get("note").asText().startsWith("C-38:"));
        assertEquals(nonce, paused.get("challenge").get("nonce").asText());
        // an "OK" without the right answer does not do; another learner cannot answer it
        assertFalse(post("/api/v1/learning/challenges/" + nonce, s.learner().token(), Map.of("answer", List.of(1))).expect(200).json()
                .get("correct").asBoolean());
        post("/api/v1/learning/challenges/" + nonce, setup(Map.of(), 60).learner().token(), Map.of("answer", List.of(0))).problem(404);
        assertTrue(post("/api/v1/learning/challenges/" + nonce, s.learner().token(), Map.of("answer", List.of(0))).expect(200).json()
                .get("correct").asBoolean());
        post("/api/v1/learning/challenges/" + nonce, s.learner().token(), Map.of("answer", List.of(0))).problem(409);
        clockAt(platformNow().plusSeconds(10));
        beat(s, ch, 300, "player-pop-1").expect(200);
        clockAt(platformNow().plusSeconds(60));
        JsonNode resumed = beat(s, ch, 360, "player-pop-1").expect(200).json();
        assertEquals(60.0, resumed.get("creditedSeconds").asDouble(), 0.0);
        assertTrue(resumed.get("challenge").isNull());
    }

    @Test
    public void c38_aDisqualifiedLearnerLosesTheClassHoursAndEarnsNoMore() throws Exception {
        Setup s = setup(Map.of(), 1200);
        long ch = s.course().chapters().get(0);
        play(s, ch, 0, 120, 60, 1.0, "player-dq-1");
        Map<String, Object> dq = Map.of("classId", s.classId(), "learnerId", s.learner().id(), "reason", "someone else sat the videos");
        JsonNode after = post("/api/v1/learning/disqualifications", admin, dq).expect(201).json();
        assertTrue(after.get("disqualified").asBoolean());
        assertEquals(0.0, after.get("creditedHours").asDouble(), 0.0);
        assertEquals(0, after.get("classPercent").asInt());
        post("/api/v1/learning/disqualifications", admin, dq).problem(409);
        post("/api/v1/learning/disqualifications", s.org().adminToken(), dq).problem(403);
        clockAt(platformNow().plusSeconds(60));
        beat(s, ch, 0, "player-dq-1").expect(200);
        clockAt(platformNow().plusSeconds(60));
        JsonNode nothing = beat(s, ch, 60, "player-dq-1").expect(200).json();
        assertEquals(0.0, nothing.get("creditedSeconds").asDouble(), 0.0);
        assertTrue(nothing.get("note").asText().startsWith("C-38:"));
    }

    private Answer photo(Setup s, byte[] image, String type) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + "/api/v1/learning/photos?classId=" + s.classId())).header("Content-Type", type)
                .header("Authorization", "Bearer " + s.learner().token()).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(image))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }

    @Test
    public void c38_signInsAndFaceCheckedPhotosAreNeededBeforeStudyIsCredited() throws Exception {
        Setup s = setup(Map.of("signInsPerDay", "2", "photoEveryMinutes", "10"), 1800);
        long ch = s.course().chapters().get(0);
        beat(s, ch, 0, "player-pres-1").expect(200);
        clockAt(platformNow().plusSeconds(30));
        JsonNode unsigned = beat(s, ch, 30, "player-pres-1").expect(200).json();
        assertEquals(0.0, unsigned.get("creditedSeconds").asDouble(), 0.0);
        assertTrue(unsigned.get("note").asText(), unsigned.get("note").asText().startsWith("C-38: sign in"));
        assertEquals("MORNING", post("/api/v1/learning/sign-ins", s.learner().token(), Map.of("classId", s.classId())).expect(201)
                .json().get("slot").asText());
        post("/api/v1/learning/sign-ins", s.learner().token(), Map.of("classId", s.classId())).problem(409);

        byte[] noFace = "\u00ff\u00d8 NO-FACE capture".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(photo(s, noFace, "image/jpeg").expect(201).json().get("faceMatch").asBoolean());
        clockAt(platformNow().plusSeconds(30));
        beat(s, ch, 0, "player-pres-1").expect(200); // back to the furthest point
        clockAt(platformNow().plusSeconds(30));
        assertTrue(beat(s, ch, 30, "player-pres-1").expect(200).json().get("note").asText().contains("photo"));
        JsonNode good = photo(s, "\u00ff\u00d8 a face".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "image/jpeg").expect(201).json();
        assertTrue(good.get("faceMatch").asBoolean());
        assertEquals(64, good.get("sha256").asText().length());
        clockAt(platformNow().plusSeconds(30));
        beat(s, ch, 0, "player-pres-1").expect(200);
        clockAt(platformNow().plusSeconds(30));
        assertEquals(30.0, beat(s, ch, 30, "player-pres-1").expect(200).json().get("creditedSeconds").asDouble(), 0.0);
        clockAt(platformNow().plusSeconds(600)); // the photo is now older than 10 minutes
        beat(s, ch, 30, "player-pres-1").expect(200);
        clockAt(platformNow().plusSeconds(30));
        assertTrue(beat(s, ch, 60, "player-pres-1").expect(200).json().get("note").asText().contains("photo"));

        assertEquals(413, photo(s, new byte[600 * 1024], "image/jpeg").status());
        assertEquals(415, photo(s, new byte[10], "text/plain").status());
        clockAt(Instant.parse("2026-03-02T05:00:00Z")); // 13:00 in Beijing: the afternoon needs its own sign-in
        Setup afternoon = new Setup(s.org(), s.classId(), s.course(), new Learner(s.learner().id(), s.learner().idNumber(),
                login(s.learner().idNumber(), "study-hard-1")));
        assertEquals("AFTERNOON", post("/api/v1/learning/sign-ins", afternoon.learner().token(), Map.of("classId", s.classId()))
                .expect(201).json().get("slot").asText());
    }

    // ---- C-25 ------------------------------------------------------------------------------------

    @Test
    public void c25_aLearnerOrATaskLeavesTheClassOnlyUnder10MinutesStudied() throws Exception {
        Setup s = setup(Map.of(), 1800);
        long ch = s.course().chapters().get(0);
        Learner keen = learnerIn(s.org(), s.classId());
        Setup keenSetup = new Setup(s.org(), s.classId(), s.course(), keen);
        play(s, ch, 0, 540, 60, 1.0, "player-brief-1"); // 9 minutes
        play(keenSetup, ch, 0, 600, 60, 1.0, "player-keen-1"); // 10 minutes
        String roster = "/api/v1/classes/" + s.classId() + "/roster/";
        JsonNode refused = delete(roster + keen.id(), s.org().adminToken()).problem(409);
        assertTrue(refused.get("detail").asText().startsWith("C-25:"));
        delete(roster + s.learner().id(), organization(admin).adminToken()).problem(404);
        delete(roster + s.learner().id(), s.org().adminToken()).expect(204);
        get("/api/v1/learning/progress?classId=" + s.classId(), s.learner().token()).problem(404);
        assertEquals(1, get("/api/v1/classes/" + s.classId() + "/roster", s.org().adminToken()).expect(200).json().size());

        String tasks = "/api/v1/classes/" + s.classId() + "/tasks";
        long studied = post(tasks, s.org().adminToken(), Map.of("courseId", s.course().id())).expect(201).json().get("id").asLong();
        long untouched = post(tasks, s.org().adminToken(), Map.of("courseId", course(60).id())).expect(201).json().get("id").asLong();
        assertTrue(delete(tasks + "/" + studied, s.org().adminToken()).problem(409).get("detail").asText().startsWith("C-25:"));
        delete(tasks + "/" + untouched, s.org().adminToken()).expect(204);
        delete(tasks + "/" + untouched, s.org().adminToken()).problem(404);
    }

    // ---- C-35, C-36, C-37, C-39 ------------------------------------------------------------------

    private static Map<String, Object> answers(int right) {
        List<List<Integer>> a = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            a.add(List.of(i < right ? 0 : 1));
        }
        return Map.of("answers", a);
    }

    @Test
    public void c35_c36_c37_c40_theExamOpensAt100PercentTheBestScoreCountsHoursBecomeEffectiveAndACertificateIsIssued() throws Exception {
        Setup s = setup(Map.of(), 120);
        long ch = s.course().chapters().get(0);
        String exam = "/api/v1/exams/" + s.course().paperId() + "/attempts";
        Map<String, Object> start = Map.of("classId", s.classId(), "courseId", s.course().id());
        play(s, ch, 0, 60, 30, 1.0, "player-exam-1");
        JsonNode early = post(exam, s.learner().token(), start).problem(409);
        assertTrue(early.get("detail").asText().startsWith("C-35:"));
        // C-39: practice needs no progress, is unlimited, never counts
        JsonNode practice = post(exam, s.learner().token(), Map.of("classId", s.classId(), "courseId", s.course().id(),
                "practice", true)).expect(201).json();
        assertEquals(100, post("/api/v1/attempts/" + practice.get("id").asLong() + "/submit", s.learner().token(), answers(10))
                .expect(200).json().get("score").asInt());

        play(s, ch, 60, 60, 30, 1.0, "player-exam-1");
        JsonNode attempt = post(exam, s.learner().token(), start).expect(201).json();
        assertFalse("no answer key for candidates", attempt.get("questions").get(0).has("answer"));
        long id = attempt.get("id").asLong();
        put("/api/v1/attempts/" + id, s.learner().token(), answers(5)).expect(200);
        JsonNode resumed = post(exam, s.learner().token(), start).expect(200).json();
        assertEquals("an interrupted attempt resumes", id, resumed.get("id").asLong());
        assertEquals(0, resumed.get("answers").get(0).get(0).asInt());
        JsonNode failed = post("/api/v1/attempts/" + id + "/submit", s.learner().token(), Map.of()).expect(200).json();
        assertEquals(50, failed.get("score").asInt());
        assertFalse(failed.get("passed").asBoolean());
        assertFalse(progress(s).get("courses").get(0).get("effective").asBoolean());

        long second = post(exam, s.learner().token(), start).expect(201).json().get("id").asLong();
        JsonNode passed = post("/api/v1/attempts/" + second + "/submit", s.learner().token(), answers(6)).expect(200).json();
        assertEquals(60, passed.get("score").asInt());
        assertTrue("60 passes (C-36)", passed.get("passed").asBoolean());
        long third = post(exam, s.learner().token(), start).expect(201).json().get("id").asLong();
        post("/api/v1/attempts/" + third + "/submit", s.learner().token(), answers(2)).expect(200);
        JsonNode p = progress(s);
        assertEquals("the best score counts", 60, p.get("courses").get(0).get("bestScore").asInt());
        assertTrue(p.get("courses").get(0).get("effective").asBoolean());
        assertTrue(p.get("completed").asBoolean());
        assertTrue(p.get("certificateEligible").asBoolean());
        JsonNode noMore = post(exam, s.learner().token(), start).problem(409);
        assertTrue(noMore.get("detail").asText().contains("3 attempts"));
        post("/api/v1/attempts/" + third + "/submit", s.learner().token(), answers(10)).problem(409);

        // C-40: the certificate, once, verifiable by code without login, its PDF kept as issued
        JsonNode cert = post("/api/v1/certificates", s.learner().token(), Map.of("classId", s.classId())).expect(201).json();
        String code = cert.get("code").asText();
        assertEquals(code, post("/api/v1/certificates", s.org().adminToken(), Map.of("classId", s.classId(),
                "learnerId", s.learner().id())).expect(200).json().get("code").asText());
        JsonNode verified = get("/api/v1/certificates/" + code, null).expect(200).json();
        assertEquals("Li Lei", verified.get("learnerName").asText());
        assertTrue(verified.get("idNumber").asText().contains("********"));
        assertEquals(progress(s).get("effectiveHours").asDouble(), verified.get("effectiveHours").asDouble(), 0.0);
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + "/api/v1/certificates/" + code + ".pdf")).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(verified.get("pdfSha256").asText(), java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(pdf.body())));
        get("/api/v1/certificates/ZZZZZZZZZZZZ", null).problem(404);
        Learner idle = learnerIn(s.org(), s.classId());
        JsonNode notYet = post("/api/v1/certificates", idle.token(), Map.of("classId", s.classId())).problem(409);
        assertTrue(notYet.get("detail").asText().startsWith("C-40:"));
    }

    @Test
    public void c35_anAttemptWhoseTimeIsUpIsScoredWithItsSavedAnswers() throws Exception {
        Setup s = setup(Map.of(), 60);
        play(s, s.course().chapters().get(0), 0, 60, 30, 1.0, "player-late-1");
        JsonNode attempt = post("/api/v1/exams/" + s.course().paperId() + "/attempts", s.learner().token(),
                Map.of("classId", s.classId(), "courseId", s.course().id())).expect(201).json();
        long id = attempt.get("id").asLong();
        put("/api/v1/attempts/" + id, s.learner().token(), answers(7)).expect(200);
        clockAt(platformNow().plusSeconds(3601)); // the fixture's time limit is 60 minutes
        JsonNode late = get("/api/v1/attempts/" + id, s.learner().token()).expect(200).json();
        assertEquals(70, late.get("score").asInt());
        assertEquals(attempt.get("deadline").asText(), late.get("submittedAt").asText());
        put("/api/v1/attempts/" + id, s.learner().token(), answers(10)).problem(409);
        get("/api/v1/attempts/" + id, s.org().adminToken()).problem(403);
    }
}
