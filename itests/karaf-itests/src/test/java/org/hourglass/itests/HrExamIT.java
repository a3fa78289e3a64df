package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hourglass.api.messaging.CodePurpose;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The hr-exam policy (seed 004, HR-1 … HR-8) on the real assembly, installed at runtime like any policy: the free course
 * series and the exam periods on core's working-day calendar. One Karaf boot; the platform clock moves for the dates.
 */
public class HrExamIT extends StudySupport {
    static final String CODE = "hr-exam";
    static final String POLICY = "/api/v1/policies/" + CODE;

    @Before
    public void hrPolicy() throws Exception {
        if (!get("/api/v1/policies", null).body().contains("\"" + CODE + "\"")) {
            features.installFeature("hourglass-policy-" + CODE);
        }
        await("hr policy live", 60, () -> {
            for (JsonNode p : get("/api/v1/policies", null).expect(200).json()) {
                if (p.get("code").asText().equals(CODE)) {
                    return p.get("state").asText().equals("ACTIVE");
                }
            }
            return false;
        });
    }

    @After
    public void officialCalendarBack() throws Exception {
        calendar(null);
    }

    /** Sets core's working-day calendar (PID org.hourglass.calendar); null: no holidays. */
    private void calendar(String holidays) throws Exception {
        org.osgi.framework.ServiceReference<org.osgi.service.cm.ConfigurationAdmin> ref =
                bundleContext.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        org.osgi.service.cm.Configuration c = bundleContext.getService(ref).getConfiguration("org.hourglass.calendar", null);
        if (holidays == null) {
            c.delete();
        } else {
            c.update(new java.util.Hashtable<>(Map.of("holidays", holidays)));
        }
        bundleContext.ungetService(ref);
        org.osgi.framework.ServiceReference<org.hourglass.api.platform.WorkingDays> days =
                bundleContext.getServiceReference(org.hourglass.api.platform.WorkingDays.class);
        org.hourglass.api.platform.WorkingDays calendar = bundleContext.getService(days);
        await("the calendar in force", 30, () -> calendar.isWorkingDay(java.time.LocalDate.of(2026, 3, 9)) == (holidays == null));
        bundleContext.ungetService(days);
    }

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
     * HR-3 (seed 004 "考试当天不得进行培训签到登记 … 下一个工作日再扫码进行培训签到登记"): registration shows the next period's exam day;
     * on an exam day it is closed, and it reopens on the next working day — across a weekend and a configured holiday.
     */
    @Test
    public void hr03_registrationClosesOnTheExamDayAndReopensTheNextWorkingDay() throws Exception {
        calendar("2026-03-09"); // a Monday made a public holiday
        String w = worker();
        assertEquals("examDate", post(POLICY + "/periods", admin, Map.of("examDate", "2026-03-07", "instructions", "开卷考试")).problem(400)
                .get("errors").get(0).get("field").asText()); // a Saturday
        post(POLICY + "/periods", w, Map.of("examDate", "2026-03-06", "instructions", "x")).problem(403);
        JsonNode first = post(POLICY + "/periods", admin, Map.of("examDate", "2026-03-06", "instructions",
                "考试当天输入身份证号进入考试；开卷考试，35 道单选题和 15 道多选题。")).expect(201).json();
        post(POLICY + "/periods", admin, Map.of("examDate", "2026-03-20", "instructions", "第二期考试")).expect(201);
        JsonNode today = get(POLICY + "/periods/today", w).expect(200).json();
        assertTrue(today.get("open").asBoolean());
        assertEquals("2026-03-06", today.get("period").get("examDate").asText());
        assertEquals(first.get("number").asInt(), today.get("period").get("number").asInt());

        clockAt(Instant.parse("2026-03-06T01:00:00Z")); // the exam day
        w = adminRelogin();
        JsonNode examDay = get(POLICY + "/periods/today", w).expect(200).json();
        assertTrue(!examDay.get("open").asBoolean());
        assertEquals("over the weekend and the holiday", "2026-03-10", examDay.get("opensOn").asText());
        assertTrue(examDay.get("reason").asText().startsWith("HR-3:"));
        clockAt(Instant.parse("2026-03-09T01:00:00Z")); // the holiday
        w = adminRelogin();
        assertTrue(!get(POLICY + "/periods/today", w).expect(200).json().get("open").asBoolean());
        clockAt(Instant.parse("2026-03-10T01:00:00Z"));
        w = adminRelogin();
        JsonNode reopened = get(POLICY + "/periods/today", w).expect(200).json();
        assertTrue(reopened.get("open").asBoolean());
        assertEquals("2026-03-20", reopened.get("period").get("examDate").asText());
        assertTrue(execute("hr:periods").contains("2026-03-20"));
    }

    /** Sessions last 8 hours: after the clock moved days, the platform admin logs in again (and reads as himself). */
    private String adminRelogin() {
        admin = adminToken();
        return admin;
    }
}
