package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.hourglass.api.messaging.CodePurpose;
import org.junit.Test;

/**
 * The hr-exam policy (seed 004, HR-1 … HR-6) on the real assembly, installed at runtime like any policy: the free course
 * series, check-in registration and the exam by ID number on core's working-day calendar. One Karaf boot; the platform clock
 * moves for the dates. The hand-off and later periods: {@link HrHandOffIT}.
 */
@org.junit.FixMethodOrder(org.junit.runners.MethodSorters.NAME_ASCENDING) // periods only move forward
public class HrExamIT extends HrSupport {
    private String worker() {
        String phone = phone();
        post("/api/v1/auth/verification-codes", null, Map.of("purpose", "REGISTRATION", "phone", phone)).expect(202);
        post("/api/v1/auth/registrations", null, Map.of("name", "王五", "idNumber", idNumber(), "phone", phone, "password",
                "hr-market-1", "code", sentCode(phone, CodePurpose.REGISTRATION))).expect(201);
        return login(phone, "hr-market-1");
    }

    /** HR-1 (seed 004 "登录后点击免费报名，然后进入课程"): a worker signs up to the series for free; his study counts as usual. */
    @Test
    public void hr01_theCourseSeriesIsFreeAndStudiedAsUsual() throws Exception {
        long association = post("/api/v1/institutions", admin, Map.of("name", "北京人力资源服务行业协会 " + nextSeq(), "creditCode",
                creditCode())).expect(201).json().get("id").asLong();
        Course course = course(600);
        long pkg = post("/api/v1/packages", admin, Map.of("name", "P" + nextSeq(), "courseIds", List.of(course.id()))).expect(201).json()
                .get("id").asLong();
        long series = post("/api/v1/classes", admin, Map.of("name", "北京市人力资源市场从业人员线上培训", "policy", CODE, "ownerKind",
                "INSTITUTION", "ownerId", association, "startDate", START, "capacity", 100000, "packageId", pkg)).expect(201).json()
                .get("id").asLong();
        String w = worker();
        assertTrue(post(POLICY + "/sign-ups", w, Map.of("classId", series)).problem(409).get("detail").asText().startsWith("HR-1:"));
        post("/api/v1/classes/" + series + "/transitions", admin, Map.of("to", "OPEN")).expect(201);
        JsonNode entry = post(POLICY + "/sign-ups", w, Map.of("classId", series)).expect(200).json();
        assertEquals(1, get("/api/v1/classes/" + series + "/roster", admin).expect(200).json().size());
        assertEquals("signing up again changes nothing", entry.get("learnerId").asLong(), post(POLICY + "/sign-ups", w, Map.of("classId",
                series)).expect(200).json().get("learnerId").asLong());
        assertEquals("HR-1: no order, no fee", 0, get("/api/v1/orders", w).expect(200).json().size());
        Learner me = new Learner(entry.get("learnerId").asLong(), "", w);
        assertEquals(60.0, play(new Setup(null, series, course, me), course.chapters().get(0), 0, 60, 30, 1.0, "hr-series-1"), 0.0);
    }


    /**
     * HR-2 (seed 004 ④⑤ and FAQ): registration is public; the preview writes nothing; registering shows the current period's
     * exam date and instructions; the same ID number again answers "already registered" with the same date; a phone or an
     * email another registration gave is refused with its field; bad data names every bad field; enumeration is throttled.
     */
    @Test
    public void hr02_registrationShowsTheExamDateAndIdPhoneEmailAreUnique() throws Exception {
        dayOf("2026-04-01");
        int number = period("2026-04-10", bank());
        Map<String, Object> a = candidate();
        JsonNode preview = post(POLICY + "/registrations/preview", null, a).expect(200).json();
        assertEquals(number, preview.get("period").asInt());
        assertEquals(a.get("phone"), preview.get("candidate").get("phone").asText());
        assertEquals("the preview wrote nothing", 0, get(POLICY + "/periods/" + number + "/registrations", admin).expect(200).json().size());

        JsonNode first = registered(a);
        assertEquals("2026-04-10", first.get("examDate").asText());
        assertEquals(number, first.get("period").asInt());
        assertTrue(first.get("instructions").asText().contains("身份证号"));
        assertTrue(!first.get("alreadyRegistered").asBoolean());

        Map<String, Object> again = candidate();
        again.put("idNumber", a.get("idNumber"));
        JsonNode known = post(POLICY + "/registrations", null, again).expect(200).json();
        assertTrue("HR-2: a duplicate ID is already registered", known.get("alreadyRegistered").asBoolean());
        assertEquals("the exam information again", "2026-04-10", known.get("examDate").asText());

        Map<String, Object> samePhone = candidate();
        samePhone.put("phone", a.get("phone"));
        JsonNode phoneTaken = post(POLICY + "/registrations", null, samePhone).problem(409);
        assertEquals("phone", phoneTaken.get("errors").get(0).get("field").asText());
        Map<String, Object> sameEmail = candidate();
        sameEmail.put("email", a.get("email").toString().toUpperCase());
        JsonNode emailTaken = post(POLICY + "/registrations", null, sameEmail).problem(409);
        assertEquals("email", emailTaken.get("errors").get(0).get("field").asText());
        assertTrue(emailTaken.get("detail").asText().startsWith("HR-2:"));

        JsonNode bad = post(POLICY + "/registrations", null, Map.of("name", "", "idNumber", "110101199001011235", "phone", "12345",
                "email", "not-an-address")).problem(400);
        assertEquals(List.of("name", "idNumber", "phone", "email"), fields(bad));
        JsonNode rows = get(POLICY + "/periods/" + number + "/registrations", admin).expect(200).json();
        assertEquals("nothing refused was kept", 1, rows.size());
        assertEquals("ABSENT", rows.get(0).get("exam").asText());
        get(POLICY + "/periods/" + number + "/registrations", worker()).problem(403);

        configure(PID, Map.of("publicRequestsPerClient", "3"));
        clockAt(platformNow().plusSeconds(11 * 60)); // a fresh window: the requests above counted too
        try {
            for (int i = 0; i < 3; i++) {
                post(POLICY + "/registrations", null, again).expect(200);
            }
            assertEquals("the fourth within the window", 429, post(POLICY + "/registrations", null, again).status());
            assertEquals("exam entry shares the budget", 429, post(POLICY + "/exam/entries", null, Map.of("idNumber", idNumber())).status());
            clockAt(platformNow().plusSeconds(11 * 60));
            post(POLICY + "/registrations", null, again).expect(200);
        } finally {
            configure(PID, Map.of("publicRequestsPerClient", "1000"));
        }
    }

    private static List<String> fields(JsonNode problem) {
        List<String> out = new java.util.ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }

    /**
     * HR-3 (seed 004 "考试当天不得进行培训签到登记 … 下一个工作日再扫码进行培训签到登记"): registration shows the next period's exam day;
     * on an exam day it is closed, and it reopens on the next working day — across a weekend and a configured holiday.
     */
    @Test
    public void hr03_registrationClosesOnTheExamDayAndReopensTheNextWorkingDay() throws Exception {
        dayOf("2026-05-04");
        calendar("2026-05-11"); // a Monday made a public holiday
        long bank = bank();
        String w = worker();
        assertEquals("examDate", post(POLICY + "/periods", admin, Map.of("examDate", "2026-05-09", "instructions", "开卷考试",
                "questionBank", List.of(bank))).problem(400).get("errors").get(0).get("field").asText()); // a Saturday
        post(POLICY + "/periods", w, Map.of("examDate", "2026-05-08", "instructions", "x", "questionBank", List.of(bank))).problem(403);
        assertEquals("questionBank", post(POLICY + "/periods", admin, Map.of("examDate", "2026-05-08", "instructions", "x",
                "questionBank", List.of(pool(course(60).id(), "PRACTICE", 10, 1)))).problem(400).get("errors").get(0).get("field").asText());
        int first = period("2026-05-08", bank);
        period("2026-05-22", bank);
        JsonNode today = get(POLICY + "/periods/today", null).expect(200).json();
        assertTrue(today.get("open").asBoolean());
        assertEquals("2026-05-08", today.get("period").get("examDate").asText());
        assertEquals(first, today.get("period").get("number").asInt());

        dayOf("2026-05-08"); // the exam day
        JsonNode examDay = get(POLICY + "/periods/today", null).expect(200).json();
        assertTrue(!examDay.get("open").asBoolean());
        assertEquals("over the weekend and the holiday", "2026-05-12", examDay.get("opensOn").asText());
        assertTrue(examDay.get("reason").asText().startsWith("HR-3:"));
        JsonNode refused = post(POLICY + "/registrations", null, candidate()).problem(409);
        assertTrue(refused.get("detail").asText().startsWith("HR-3:") && refused.get("detail").asText().contains("2026-05-12"));
        dayOf("2026-05-11"); // the holiday
        assertTrue(!get(POLICY + "/periods/today", null).expect(200).json().get("open").asBoolean());
        post(POLICY + "/registrations", null, candidate()).problem(409);
        dayOf("2026-05-12");
        JsonNode reopened = get(POLICY + "/periods/today", null).expect(200).json();
        assertTrue(reopened.get("open").asBoolean());
        assertEquals("2026-05-22", reopened.get("period").get("examDate").asText());
        assertEquals("2026-05-22", registered(candidate()).get("examDate").asText());
        assertTrue(execute("hr:periods").contains("2026-05-22"));
    }

    /**
     * HR-4, HR-5 (seed 004 ⑦⑧, FAQ "35 道单选题和 15 道多选题"): only on the exam day, only a registered ID number enters; the
     * paper is 35 single-choice then 15 multiple-choice questions without their keys; exactly 60 passes, at once.
     */
    @Test
    public void hr04_hr05_aRegisteredCandidateSitsA35Plus15PaperOnTheDayAndPassesWithExactly60() throws Exception {
        dayOf("2026-06-01");
        int number = period("2026-06-05", bank());
        Map<String, Object> a = candidate();
        Map<String, Object> b = candidate();
        registered(a);
        registered(b);
        dayOf("2026-06-04");
        assertTrue(post(POLICY + "/exam/entries", null, Map.of("idNumber", a.get("idNumber"))).problem(409).get("detail").asText()
                .startsWith("HR-4:"));
        dayOf("2026-06-05");
        JsonNode stranger = post(POLICY + "/exam/entries", null, Map.of("idNumber", idNumber())).problem(409);
        assertTrue(stranger.get("detail").asText().startsWith("HR-4:"));
        post(POLICY + "/exam/entries", null, Map.of("idNumber", "123")).problem(400);

        JsonNode sitting = enter(a);
        JsonNode qs = sitting.get("questions");
        assertEquals(50, qs.size());
        for (int i = 0; i < 50; i++) {
            assertEquals(i < 35 ? "SINGLE" : "MULTIPLE", qs.get(i).get("kind").asText());
            assertTrue("no key reaches the candidate", qs.get(i).get("answer") == null);
        }
        assertEquals(number, sitting.get("period").asInt());
        assertEquals(a.get("name"), sitting.get("candidate").get("name").asText());
        String token = sitting.get("token").asText();
        put(POLICY + "/exam/sittings/" + token + "/answers", null, Map.of("answers", answers(sitting, 10))).expect(200);
        put(POLICY + "/exam/sittings/" + token + "/answers", null, Map.of("answers", List.of(List.of(0)))).problem(400);
        JsonNode resumed = enter(a);
        assertEquals("entering again resumes the same paper", qs, resumed.get("questions"));
        assertEquals(answers(sitting, 10).get(0), JSON.convertValue(resumed.get("answers").get(0), List.class));
        get(POLICY + "/exam/sittings/" + token, null).problem(404); // the old token stopped working

        JsonNode result = passed(resumed, a);
        assertEquals("60.0", result.get("score").asText());
        assertEquals("SUBMITTED", result.get("status").asText());
        submit(resumed, a, 50).problem(409); // the result stands
        JsonNode failed = submit(enter(b), b, 29).expect(200).json();
        assertEquals("58.0", failed.get("score").asText());
        assertTrue(!failed.get("passed").asBoolean());
        JsonNode rows = get(POLICY + "/periods/" + number + "/registrations", admin).expect(200).json();
        assertEquals("PASSED", rows.get(0).get("exam").asText());
        assertEquals("FAILED", rows.get(1).get("exam").asText());
    }

    /**
     * HR-6 (seed 004 FAQ "考试提交试卷时，告知信息不唯一"): at submission the candidate's latest data is checked again; a phone
     * another candidate gave refuses the submission and keeps the answers; corrected, it passes and the latest data is kept.
     */
    @Test
    public void hr06_aUniquenessClashAtSubmissionIsRefusedAndTheCorrectedResubmissionPasses() throws Exception {
        dayOf("2026-07-01");
        int number = period("2026-07-03", bank());
        Map<String, Object> a = candidate();
        Map<String, Object> b = candidate();
        registered(a);
        registered(b);
        dayOf("2026-07-03");
        JsonNode sitting = enter(a);
        Map<String, Object> clash = new java.util.HashMap<>(a);
        clash.put("phone", b.get("phone"));
        JsonNode refused = submit(sitting, clash, 40).problem(409);
        assertEquals("phone", refused.get("errors").get(0).get("field").asText());
        JsonNode kept = get(POLICY + "/exam/sittings/" + sitting.get("token").asText(), null).expect(200).json();
        assertEquals("IN_PROGRESS", kept.get("status").asText());
        assertEquals("the answers are kept", JSON.valueToTree(answers(sitting, 40)), kept.get("answers"));
        Map<String, Object> corrected = new java.util.HashMap<>(a);
        corrected.put("phone", phone());
        JsonNode result = submit(sitting, corrected, 40).expect(200).json();
        assertEquals("80.0", result.get("score").asText());
        assertEquals(corrected.get("phone"), result.get("candidate").get("phone").asText());
        JsonNode rows = get(POLICY + "/periods/" + number + "/registrations", admin).expect(200).json();
        assertEquals("the latest data is what is kept", corrected.get("phone"), rows.get(0).get("candidate").get("phone").asText());
    }
}
