package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.hourglass.api.authority.QualifiedPerson;
import org.junit.Test;

/**
 * The hr-exam policy after the exam (seed 004 ⑧): passed candidates handed to the HR-market management system within 5
 * working days (HR-7), failed and absent candidates registering again (HR-8), and the policy removed mid-way. One Karaf boot;
 * the platform clock moves for the dates.
 */
@org.junit.FixMethodOrder(org.junit.runners.MethodSorters.NAME_ASCENDING) // periods only move forward
public class HrHandOffIT extends HrSupport {

    private JsonNode handOff(int number) {
        return get(POLICY + "/periods/" + number + "/hand-off", admin).expect(200).json();
    }

    private String health() {
        return get("/api/v1/health", admin).expect(200).body(); // details are the platform admin's
    }

    /**
     * HR-7 (seed 004 "考试结束后5个工作日内，通过人员信息录入北京市人力资源市场管理信息系统"): every passed candidate is delivered
     * once, with his latest data, within 5 working days, while the register fails the first two tries: each attempt audited,
     * retries wait (back-off), the period shows AT RISK in health and hr:periods while its deadline nears undelivered.
     */
    @Test
    public void hr07_passedCandidatesAreHandedOffOnceWithin5WorkingDaysThroughFailures() throws Exception {
        dayOf("2026-08-03");
        int number = period("2026-08-07", bank());
        Map<String, Object> a = candidate();
        Map<String, Object> b = candidate();
        Map<String, Object> c = candidate();
        registered(a);
        registered(b);
        registered(c);
        register().failFirstTries(2);
        dayOf("2026-08-07");
        a.put("email", "latest." + a.get("email"));
        passed(enter(a), a);
        passed(enter(b), b);
        submit(enter(c), c, 10).expect(200);
        post(POLICY + "/periods/" + number + "/hand-off/runs", admin, Map.of()).expect(200);
        JsonNode state = handOff(number);
        assertEquals("only the passed", 2, state.get("passed").asInt());
        assertEquals("2026-08-14", state.get("deadline").asText()); // 5 working days after Friday 7 August
        assertEquals(0, state.get("delivered").asInt());
        assertEquals(1, state.get("handOffs").get(0).get("attempts").asInt());
        post(POLICY + "/periods/" + number + "/hand-off/runs", admin, Map.of()).expect(200);
        assertEquals("a retry waits for its back-off", 1, handOff(number).get("handOffs").get(0).get("attempts").asInt());
        assertTrue(!health().contains("AT RISK"));

        dayOf("2026-08-13"); // the deadline is the next working day
        assertTrue(health().contains("AT RISK"));
        assertTrue(execute("hr:periods").contains("AT RISK"));
        assertTrue(execute("hr:handoff " + number).contains("0 of 2"));
        assertEquals(2, handOff(number).get("handOffs").get(0).get("attempts").asInt());
        clockAt(platformNow().plusSeconds(11 * 60)); // past the doubled back-off
        assertTrue(execute("hr:handoff " + number).contains("2 of 2"));
        state = handOff(number);
        assertEquals(2, state.get("delivered").asInt());
        assertTrue(!health().contains("AT RISK"));
        for (JsonNode h : state.get("handOffs")) {
            assertEquals("DELIVERED", h.get("status").asText());
            assertEquals(3, h.get("attempts").asInt());
            List<Boolean> outcomes = new java.util.ArrayList<>();
            get(POLICY + "/periods/" + number + "/hand-off/" + h.get("registrationId").asLong() + "/attempts", admin).expect(200).json()
                    .forEach(x -> outcomes.add(x.get("succeeded").asBoolean()));
            assertEquals("every attempt audited", List.of(false, false, true), outcomes);
            assertEquals(3, register().deliveries("hr-exam:registration:" + h.get("registrationId").asLong()));
        }
        post(POLICY + "/periods/" + number + "/hand-off/runs", admin, Map.of()).expect(200);
        List<QualifiedPerson> recorded = register().recorded().stream().filter(p -> p.qualifiedOn().toString().equals("2026-08-07")).toList();
        assertEquals("each passed candidate once", 2, recorded.size());
        QualifiedPerson first = recorded.stream().filter(p -> p.idNumber().equals(a.get("idNumber"))).findFirst().orElseThrow();
        assertEquals("the latest data is handed off", a.get("email"), first.email());
        assertEquals(0, new java.math.BigDecimal("60.0").compareTo(first.score()));
        assertTrue(recorded.stream().noneMatch(p -> p.idNumber().equals(c.get("idNumber"))));
        post(POLICY + "/periods/" + number + "/hand-off/runs", worker(), Map.of()).problem(403);
    }

    private String worker() {
        String phone = phone();
        post("/api/v1/auth/verification-codes", null, Map.of("purpose", "REGISTRATION", "phone", phone)).expect(202);
        post("/api/v1/auth/registrations", null, Map.of("name", "王五", "idNumber", idNumber(), "phone", phone, "password",
                "hr-market-1", "code", sentCode(phone, org.hourglass.api.messaging.CodePurpose.REGISTRATION))).expect(201);
        return login(phone, "hr-market-1");
    }

    /**
     * HR-8 (seed 004 "成绩低于60分为不及格…待下一期培训签到登记开启后重新扫码登记"; FAQ "未参加考试…重新扫码做新一期的培训签到登记"):
     * the failed and the absent register again for the next period once registration reopens; their earlier registration and
     * result stay on record; one who passed has nothing to register for.
     */
    @Test
    public void hr08_failedAndAbsentCandidatesRegisterAgainForALaterPeriod() throws Exception {
        dayOf("2026-09-01");
        long bank = bank();
        int number = period("2026-09-04", bank);
        period("2026-09-18", bank);
        Map<String, Object> failing = candidate();
        Map<String, Object> absent = candidate();
        Map<String, Object> passing = candidate();
        registered(failing);
        registered(absent);
        registered(passing);
        dayOf("2026-09-04");
        assertTrue(!submit(enter(failing), failing, 5).expect(200).json().get("passed").asBoolean());
        passed(enter(passing), passing);
        post(POLICY + "/registrations", null, failing).problem(409); // HR-3: not on the exam day
        dayOf("2026-09-07");
        JsonNode again = registered(failing);
        assertEquals("2026-09-18", again.get("examDate").asText());
        assertEquals(number + 1, again.get("period").asInt());
        assertEquals("2026-09-18", registered(absent).get("examDate").asText());
        assertTrue(post(POLICY + "/registrations", null, passing).problem(409).get("detail").asText().startsWith("HR-8:"));
        JsonNode earlier = get(POLICY + "/periods/" + number + "/registrations", admin).expect(200).json();
        assertEquals(List.of("FAILED", "ABSENT", "PASSED"), List.of(earlier.get(0).get("exam").asText(), earlier.get(1).get("exam")
                .asText(), earlier.get(2).get("exam").asText()));
        assertEquals(2, get(POLICY + "/periods/" + (number + 1) + "/registrations", admin).expect(200).json().size());
    }

    /**
     * Removed mid-way: registrations, results and the owed hand-off survive, the endpoints answer 503 and health stays UP;
     * reinstalled, everything resumes and the hand-off job picks up where it stopped.
     */
    @Test
    public void hr09_removedMidWayNothingIsLostAndTheHandOffResumes() throws Exception {
        dayOf("2026-10-05");
        int number = period("2026-10-09", bank());
        Map<String, Object> a = candidate();
        Map<String, Object> b = candidate();
        registered(a);
        registered(b);
        register().failFirstTries(100);
        dayOf("2026-10-09");
        passed(enter(a), a);
        post(POLICY + "/periods/" + number + "/hand-off/runs", admin, Map.of()).expect(200);
        assertEquals(1, handOff(number).get("handOffs").get(0).get("attempts").asInt());

        features.uninstallFeature("hourglass-policy-" + CODE);
        await("hr policy gone", 60, () -> !policyState().equals("ACTIVE"));
        assertEquals(503, post(POLICY + "/exam/entries", null, Map.of("idNumber", b.get("idNumber"))).status());
        assertEquals(503, get(POLICY + "/periods/today", null).status());
        assertEquals(200, get("/api/v1/health", null).status());
        register().failFirstTries(0);

        features.installFeature("hourglass-policy-" + CODE);
        await("hr policy back", 60, () -> policyState().equals("ACTIVE"));
        JsonNode rows = get(POLICY + "/periods/" + number + "/registrations", admin).expect(200).json();
        assertEquals(2, rows.size());
        assertEquals("PASSED", rows.get(0).get("exam").asText());
        passed(enter(b), b);
        clockAt(platformNow().plusSeconds(6 * 60));
        post(POLICY + "/periods/" + number + "/hand-off/runs", admin, Map.of()).expect(200);
        JsonNode state = handOff(number);
        assertEquals("both delivered after the reinstall", 2, state.get("delivered").asInt());
        assertEquals("the first resumed after its failed attempt", 2, state.get("handOffs").get(0).get("attempts").asInt());
    }
}
