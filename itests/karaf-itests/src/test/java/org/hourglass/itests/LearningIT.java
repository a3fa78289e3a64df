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
import org.junit.Test;

/**
 * Heartbeats and the credit ledger on the real assembly (C-30 … C-34, C-2, C-4), progress (C-32) and
 * removals under 10 minutes (C-25).
 */
public class LearningIT extends StudySupport {
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

    /**
     * Issue 20 (C-30, C-4 across nodes): another node sharing the database takes some of this learner's beats — written here
     * to his stream row as that node would, version moved on. This node's cached copy is then stale: judged on it, a beat the
     * other node already took would be credited twice, the learner's other device would be missed, or his own taken for
     * another. Every one is judged on the row the database has; and a session ended on another node ends here too.
     */
    @Test
    public void c30_c04_beatsTakenByAnotherNodeAreJudgedOnTheDatabasesRowsAndSessionsEndEverywhere() throws Exception {
        Setup s = setup(Map.of(), 600);
        long ch = s.course().chapters().get(0);
        String records = "hourglass-records";
        beat(s, ch, 0, "phone-n1").expect(200);
        clockAt(platformNow().plusSeconds(30));
        assertEquals(30.0, beat(s, ch, 30, "phone-n1").expect(200).json().get("creditedSeconds").asDouble(), 0.0);
        long retried = seq + 1; // the other node took this beat (and the next), position 60 s: the player retries it here
        assertEquals(1, tables(records).update("UPDATE REC_STREAM SET LAST_SEQ = ?, LAST_POSITION_MS = 90000, VERSION = VERSION + 1 "
                + "WHERE LEARNER_ID = ?", retried + 1, s.learner().id()));
        seq = retried + 1;
        JsonNode again = post("/api/v1/learning/heartbeats", s.learner().token(), Map.of("classId", s.classId(), "courseId",
                s.course().id(), "chapterId", ch, "position", 60, "streamId", "phone-n1", "sequence", retried)).expect(200).json();
        assertEquals("C-30: taken by the other node, not credited again here", 0.0, again.get("creditedSeconds").asDouble(), 0.0);
        assertTrue(again.toString(), again.get("flags").toString().contains("DUPLICATE"));

        // the learner's laptop studies on the other node: the phone is another live stream here too (C-4)
        assertEquals(1, tables(records).update("UPDATE REC_STREAM SET STREAM_ID = 'laptop-n2', LAST_SEQ = 1, VERSION = VERSION + 1 "
                + "WHERE LEARNER_ID = ?", s.learner().id()));
        clockAt(platformNow().plusSeconds(30));
        JsonNode refused = beat(s, ch, 120, "phone-n1").problem(409);
        assertTrue(refused.toString(), refused.get("detail").asText().startsWith("C-4:"));
        // back on the phone, through the other node: this node's copy (the laptop live) must not refuse the phone now
        assertEquals(1, tables(records).update("UPDATE REC_STREAM SET STREAM_ID = 'phone-n1', LAST_SEQ = ?, VERSION = VERSION + 1 "
                + "WHERE LEARNER_ID = ?", seq, s.learner().id()));
        beat(s, ch, 120, "phone-n1").expect(200);

        // C-4 for sessions: a newer login on the other node ended this session
        get("/api/v1/learning/progress?classId=" + s.classId(), s.learner().token()).expect(200);
        assertEquals(1, tables("hourglass-accounts").update("UPDATE ACC_SESSION SET ENDED_AT = ?, END_REASON = 'superseded' "
                + "WHERE ACCOUNT_ID = ? AND ENDED_AT IS NULL", java.sql.Timestamp.valueOf("2001-01-01 00:00:00"), s.learner().id()));
        assertEquals(401, get("/api/v1/learning/progress?classId=" + s.classId(), s.learner().token()).status());
    }

    // ---- C-33, C-34, C-23, C-20, C-2 -------------------------------------------------------------

    /**
     * C-12 (seed 003 §2.1 "打开/关闭播放顺序", "学习顺序 顺序"): in a package that plays in order a chapter opens once every chapter
     * before it is watched; one that does not lets the learner choose.
     */
    @Test
    public void c12_aPackageThatPlaysInOrderOpensEachChapterAfterTheOnesBeforeIt() throws Exception {
        Course first = course(60, 60);
        Course second = course(60);
        for (boolean inOrder : List.of(true, false)) {
            long pkg = post("/api/v1/packages", admin, Map.of("name", "P" + nextSeq(), "courseIds", List.of(first.id(), second.id()),
                    "playInOrder", inOrder)).expect(201).json().get("id").asLong();
            Org org = organization(admin);
            long cls = post("/api/v1/classes", org.adminToken(), Map.of("name", "In order", "policy", "fixture", "startDate", START,
                    "capacity", 5, "packageId", pkg)).expect(201).json().get("id").asLong();
            post("/api/v1/classes/" + cls + "/transitions", org.adminToken(), Map.of("to", "OPEN")).expect(201);
            Learner learner = learnerIn(org, cls);
            Setup one = new Setup(org, cls, first, learner);
            Setup two = new Setup(org, cls, second, learner);
            if (inOrder) {
                assertTrue(beat(two, second.chapters().get(0), 0, "player-order-" + cls).problem(409).get("detail").asText().startsWith("C-12:"));
                assertTrue(beat(one, first.chapters().get(1), 0, "player-order-" + cls).problem(409).get("detail").asText().startsWith("C-12:"));
                play(one, first.chapters().get(0), 0, 30, 30, 1.0, "player-order-" + cls);
                beat(one, first.chapters().get(1), 0, "player-order-" + cls).problem(409); // half a chapter is not watched
                play(one, first.chapters().get(0), 30, 30, 30, 1.0, "player-order-" + cls);
                play(one, first.chapters().get(1), 0, 60, 30, 1.0, "player-order-" + cls);
            }
            assertEquals(60.0, play(two, second.chapters().get(0), 0, 60, 30, 1.0, "player-order-" + cls), 0.0);
        }
    }

    /**
     * C-27 (seed 003 "班级概况", "学员管理 … 加入状态 … 导出学员", "签到统计", "学习情况"): the staff see the class's counts, its learners
     * with the seed's columns (searchable, filtered by join state, exported as xlsx), sign-ins with a rate, study by day, and each
     * learner's detail per course and chapter; a learner "joins" by activating his account (C-2), his bound phone being the
     * joining account. The export is read back with the platform's own POI reader; formula-looking text stays text.
     */
    @Test
    public void c27_staffSeeTheOverviewLearnersSignInsStudyByDayAndALearnersDetailAndExportTheRoster() throws Exception {
        Setup s = setup(Map.of("signInsPerDay", "1"), 600, 300);
        String evil = "=HYPERLINK(\"http://evil.example\",\"点我\")";
        String other = idNumber();
        post("/api/v1/classes/" + s.classId() + "/roster", s.org().adminToken(), List.of(Map.of("name", evil, "idNumber", other,
                "contact", "+86 138 0000 0000"))).expect(200);
        post("/api/v1/learning/sign-ins", s.learner().token(), Map.of("classId", s.classId())).expect(201);
        play(s, s.course().chapters().get(0), 0, 600, 60, 1.0, "player-report-1");
        String staff = s.org().adminToken();
        String reports = "/api/v1/classes/" + s.classId() + "/reports/";

        JsonNode overview = get(reports + "overview", staff).expect(200).json();
        assertEquals(overview.toString(), 2, overview.get("learners").asInt());
        assertEquals(1, overview.get("joined").asInt());
        assertEquals(1, overview.get("notJoined").asInt());
        assertEquals(0, overview.get("completedAll").asInt());
        assertEquals(900, overview.get("courseSeconds").asLong());
        assertEquals("1 of 4 sign-ins (2 learners, 2 days)", 25.0, overview.get("signInRatePercent").asDouble(), 0.0);

        JsonNode all = get(reports + "learners", staff).expect(200).json();
        assertEquals(2, all.size());
        JsonNode li = all.get(0);
        assertTrue(li.get("joined").asBoolean());
        assertTrue(li.get("joinAccount").asText().startsWith("1"));
        assertFalse(li.get("joinedAt").isNull());
        assertEquals(66, li.get("progressPercent").asInt());
        assertEquals(0.2, li.get("creditedHours").asDouble(), 0.0);
        assertTrue("masked for the organisation", li.get("idNumber").asText().contains("*"));
        // IN-9 / seed 003 "学习情况": best score ("--" until an exam), package length vs studied, last study, sign-in days, photos
        assertTrue(li.get("bestScore").isNull());
        assertEquals(900, li.get("courseSeconds").asLong());
        assertEquals(600, li.get("studiedSeconds").asLong());
        assertEquals(platformNow(), java.time.Instant.parse(li.get("lastStudyAt").asText()));
        assertEquals(1, li.get("signInDays").asInt());
        assertEquals(0, li.get("photos").asInt());
        assertEquals(s.learner().idNumber(), get(reports + "learners", admin).expect(200).json().get(0).get("idNumber").asText());
        JsonNode notJoined = get(reports + "learners?joined=false", staff).expect(200).json();
        assertEquals(1, notJoined.size());
        assertEquals("+86 138 0000 0000", notJoined.get(0).get("contact").asText());
        assertEquals(1, get(reports + "learners?q=li%20lei", staff).expect(200).json().size());
        assertEquals(1, get(reports + "learners?q=" + other, staff).expect(200).json().size());

        JsonNode signIns = get(reports + "sign-ins", staff).expect(200).json();
        assertEquals(2, signIns.get("days").size());
        assertEquals("2026-03-02", signIns.get("days").get(1).get("day").asText());
        assertEquals(50.0, signIns.get("days").get(1).get("ratePercent").asDouble(), 0.0);
        JsonNode byDay = get(reports + "study-by-day", staff).expect(200).json();
        assertEquals(1, byDay.size());
        assertEquals(1, byDay.get(0).get("learners").asInt());
        assertEquals(0.2, byDay.get(0).get("creditedHours").asDouble(), 0.0);
        JsonNode detail = get(reports + "learners/" + s.learner().id(), staff).expect(200).json();
        JsonNode chapters = detail.get("courses").get(0).get("chapters");
        assertEquals(600, chapters.get(0).get("watchedSeconds").asInt());
        assertEquals(100, chapters.get(0).get("watchedPercent").asInt());
        assertEquals(0, chapters.get(1).get("watchedSeconds").asInt());
        assertEquals(66, detail.get("courses").get(0).get("watchedPercent").asInt());

        java.net.http.HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + reports + "learners.xlsx")).header("Authorization", "Bearer " + staff).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII));
        org.osgi.framework.ServiceReference<org.hourglass.api.spreadsheet.SpreadsheetReader> ref =
                bundleContext.getServiceReference(org.hourglass.api.spreadsheet.SpreadsheetReader.class);
        List<List<String>> sheet = bundleContext.getService(ref).firstSheet(new java.io.ByteArrayInputStream(xlsx.body()), 10);
        assertEquals(List.of("学员姓名", "联系方式", "证件类型", "证件号码"), sheet.get(0).subList(0, 4));
        assertEquals(List.of("Li Lei", "", "居民身份证"), sheet.get(1).subList(0, 3));
        assertEquals("已加入", sheet.get(1).get(5));
        assertEquals(List.of("--", "00:15:00", "00:10:00"), sheet.get(1).subList(11, 14));
        assertEquals(List.of(evil, "+86 138 0000 0000"), sheet.get(2).subList(0, 2));
        assertEquals("未加入", sheet.get(2).get(5));

        get(reports + "overview", organization(admin).adminToken()).problem(404);
        get(reports + "learners/" + s.learner().id(), s.learner().token()).problem(403);
    }

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

    /**
     * C-33 / BJ-19, seed 000 Q69 "每天最多计8学时": the cap is the learner's day, counted over all his classes of the policy —
     * it was counted per class, so two classes doubled it. Two institution classes of the fixture policy, a cap of 1 minute:
     * a minute in the first leaves nothing for the second that day.
     */
    @Test
    public void c33_bj19_theDailyCapCountsTheLearnersDayOverAllHisClassesOfThePolicy() throws Exception {
        Course course = course(600);
        long pkg = post("/api/v1/packages", admin, Map.of("name", "P" + nextSeq(), "courseIds", List.of(course.id()))).expect(201)
                .json().get("id").asLong();
        long school = post("/api/v1/institutions", admin, Map.of("name", "Cap School " + nextSeq(), "creditCode", creditCode()))
                .expect(201).json().get("id").asLong();
        String id = idNumber();
        List<Long> classes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long cls = post("/api/v1/classes", admin, Map.of("name", "Evening welders " + i, "policy", "fixture", "ownerKind", "INSTITUTION",
                    "ownerId", school, "startDate", START, "capacity", 20, "packageId", pkg, "settings", Map.of("dailyCapMinutes", "1")))
                    .expect(201).json().get("id").asLong();
            post("/api/v1/classes/" + cls + "/transitions", admin, Map.of("to", "OPEN")).expect(201);
            assertEquals(1, post("/api/v1/classes/" + cls + "/roster", admin, List.of(Map.of("name", "Li Lei", "idNumber", id))).expect(200)
                    .json().get("rosterSize").asInt());
            classes.add(cls);
        }
        String token = changePasswordAndBindPhone(id, "study-hard-1", phone());
        Learner learner = new Learner(get("/api/v1/learning/progress?classId=" + classes.get(0), token).expect(200).json()
                .get("learnerId").asLong(), id, token);
        long ch = course.chapters().get(0);
        assertEquals(60.0, play(new Setup(null, classes.get(0), course, learner), ch, 0, 60, 30, 1.0, "player-day"), 0.0);
        clockAt(platformNow().plusSeconds(30));
        Setup second = new Setup(null, classes.get(1), course, learner);
        beat(second, ch, 0, "player-day").expect(200);
        clockAt(platformNow().plusSeconds(30));
        JsonNode capped = beat(second, ch, 30, "player-day").expect(200).json();
        assertEquals("the learner's day is used up, whichever class: " + capped, 0.0, capped.get("creditedSeconds").asDouble(), 0.0);
        assertEquals(30.0, capped.get("cappedSeconds").asDouble(), 0.0);
        assertTrue(capped.toString(), capped.get("note").asText().startsWith("C-33:"));
        assertEquals(60.0, capped.get("creditedTodaySeconds").asDouble(), 0.0);
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
        // issue 7 bad-input corpus: a player clock from another century is a broken client, not a beat
        for (String clientTime : List.of("2999-01-01T00:00:00Z", "1970-01-01T00:00:00Z")) {
            JsonNode skewed = beat(s, ch, 0, "player-skew-1", Map.of("clientTime", clientTime)).problem(400);
            assertEquals("clientTime", skewed.get("errors").get(0).get("field").asText());
        }
        get("/api/v1/learning/progress?classId=" + s.classId(), other.learner().token()).problem(404);
        get("/api/v1/learning/progress?classId=" + s.classId() + "&learnerId=" + s.learner().id(), other.org().adminToken()).problem(404);
        assertEquals(s.learner().id(), get("/api/v1/learning/progress?classId=" + s.classId() + "&learnerId=" + s.learner().id(),
                s.org().adminToken()).expect(200).json().get("learnerId").asLong());
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

}
