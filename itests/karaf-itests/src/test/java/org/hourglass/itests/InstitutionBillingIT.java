package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The institution-billing policy's money beyond the closing bill (seed 003 "开班费用信息", "完成支付", "直播课程"): the fee
 * exemption (IN-5), transfers from the institution's own account, annual services and refund requests (IN-8), live lessons on
 * prepaid minutes settled at midnight (IN-10, IN-8). One Karaf boot; each test its own institution.
 */
public class InstitutionBillingIT extends InstitutionSupport {
    /**
     * IN-10 (seed 003 "直播课程": topic, start, length, teacher; "观看学员总人次, 回看学员总人次", "学员观看详情"; a class without a live
     * plan before opening cannot add one after) and IN-8's live-stream orders ("设置直播课程前，需要为培训账号进行直播流量充值";
     * "直播费用为每晚 24 点自动结算, 会从充值的直播可用时长中扣除当天课程的直播流量"): lessons are booked on the live platform once
     * minutes are prepaid, its watch figures come back, the viewer minutes go to the balance as they accrue and each day's
     * are settled at midnight into a live-stream order paid from the prepaid minutes.
     */
    @Test
    public void in10_in8_liveLessonsArePlannedOnPrepaidMinutesTheirFiguresShownAndTheirMinutesSettledAtMidnight() throws Exception {
        School s = school();
        long pkg = pkg(s, course(60));
        Map<String, Object> lesson = Map.of("topic", "直播课第1次培训", "startsAt", "2026-03-02T02:00:00Z", "minutes", 30, "teacher", "张三");
        long without = institutionClass(s, pkg, 5, Map.of());
        assertTrue(post(POLICY + "/classes/" + without + "/live-sessions", s.academic(), lesson).problem(409).get("detail").asText()
                .startsWith("IN-10:"));
        long cls = institutionClass(s, pkg, 5, Map.of("live", "true"));
        Learner li = rosterLearner(s, cls);
        Learner wang = rosterLearner(s, cls);
        assertTrue("IN-8: minutes are prepaid before live lessons are planned", post(POLICY + "/classes/" + cls + "/live-sessions",
                s.academic(), lesson).problem(409).get("detail").asText().startsWith("IN-8:"));
        topUp(s, 1000);
        long session = post(POLICY + "/classes/" + cls + "/live-sessions", s.academic(), lesson).expect(201).json().get("id").asLong();
        assertEquals("minutes", post(POLICY + "/classes/" + cls + "/live-sessions", s.academic(), Map.of("topic", "x", "startsAt",
                "2026-03-03T11:45:00Z", "minutes", 0, "teacher", "张三")).problem(400).get("errors").get(0).get("field").asText());
        opened(s, cls);
        post(POLICY + "/classes/" + cls + "/live-sessions", s.headTeacher(), Map.of("topic", "直播课第2次培训", "startsAt",
                "2026-03-10T11:45:00Z", "minutes", 45, "teacher", "李四")).expect(201);
        JsonNode planned = get(POLICY + "/classes/" + cls + "/live-sessions", s.headTeacher()).expect(200).json();
        assertEquals(2, planned.size());
        // the lesson ran: Li watched 7 minutes live and 9 as a replay, Wang 12 of the replay
        clockAt(java.time.Instant.parse("2026-03-02T03:00:00Z"));
        String reference = planned.get(0).get("reference").asText();
        watched(reference, li.id(), 7, 9);
        watched(reference, wang.id(), 0, 12);
        JsonNode first = get(POLICY + "/classes/" + cls + "/live-sessions", s.headTeacher()).expect(200).json().get(0);
        assertEquals("直播课第1次培训", first.get("topic").asText());
        assertEquals(30, first.get("minutes").asInt());
        assertEquals("张三", first.get("teacher").asText());
        assertEquals(1, first.get("watchers").asInt());
        assertEquals(2, first.get("replayWatchers").asInt());
        assertEquals(7, first.get("liveMinutes").asInt());
        assertEquals(21, first.get("replayMinutes").asInt());
        JsonNode attendance = get(POLICY + "/classes/" + cls + "/live-sessions/" + session + "/attendance", s.headTeacher()).expect(200)
                .json();
        assertEquals(2, attendance.size());
        assertEquals(li.id(), attendance.get(0).get("learnerId").asLong());
        assertEquals(9, attendance.get(0).get("replayMinutes").asInt());
        assertEquals(12, attendance.get(1).get("replayMinutes").asInt());
        get(POLICY + "/classes/" + cls + "/live-sessions", school().headTeacher()).problem(404);

        // IN-8: the viewer minutes go to the balance as they accrue — a repeated run reports nothing twice — and midnight settles them
        // (the policy's own timer may report between these steps: totals are asserted, not which run reported them)
        post(POLICY + "/live-usage", s.billing(), Map.of()).problem(403);
        post(POLICY + "/live-usage", admin, Map.of()).expect(200);
        assertEquals(28, get(POLICY + "/classes/" + cls + "/live-sessions", s.headTeacher()).expect(200).json().get(0).get("billedMinutes")
                .asInt());
        watched(reference, wang.id(), 0, 3);
        post(POLICY + "/live-usage", admin, Map.of()).expect(200);
        assertEquals("reported once", 0, post(POLICY + "/live-usage", admin, Map.of()).expect(200).json().get("minutes").asLong());
        JsonNode usage = get("/api/v1/balances/usage", s.billing()).expect(200).json();
        long used = 0;
        for (JsonNode u : usage) {
            used += u.get("minutes").asLong();
            assertTrue(u.get("settledOrderId").isNull());
        }
        assertEquals(usage.toString(), 31, used);
        assertEquals(31, get(POLICY + "/classes/" + cls + "/live-sessions", s.headTeacher()).expect(200).json().get(0).get("billedMinutes")
                .asInt());
        clockAt(java.time.Instant.parse("2026-03-03T01:00:00Z"));
        admin = adminToken(); // sessions last 8 hours
        JsonNode settled = post("/api/v1/balances/settlements", admin, Map.of()).expect(200).json();
        JsonNode order = null;
        for (JsonNode o : settled) {
            if (o.get("buyer").get("id").asLong() == s.id()) {
                order = o;
            }
        }
        assertTrue(settled.toString(), order != null);
        assertEquals("LIVE_MINUTES", order.get("lines").get(0).get("kind").asText());
        assertEquals(31, order.get("lines").get(0).get("quantity").asInt());
        assertEquals("PAID", order.get("status").asText());
        assertEquals(969, get("/api/v1/balances?institutionId=" + s.id(), admin).expect(200).json().get("minutes").asLong());
        assertEquals(order.get("id").asLong(), get("/api/v1/balances/usage?institutionId=" + s.id(), admin).expect(200).json().get(0)
                .get("settledOrderId").asLong());
    }

    /**
     * IN-5 "如特殊原因,可申请免开班": before opening the institution asks, with its reason, that the class be exempt from the fee;
     * a reviewer refuses (with a reason) or grants it; a granted class is billed 0.00 a head and makes no closing order.
     */
    @Test
    public void in5_aFeeExemptionAskedBeforeOpeningAndGrantedBillsNothing() {
        School s = school();
        long pkg = pkg(s, course(60));
        long cls = institutionClass(s, pkg, 5, Map.of());
        Learner li = rosterLearner(s, cls);
        String exemption = POLICY + "/classes/" + cls + "/fee-exemption";
        assertEquals("reason", post(exemption, s.billing(), Map.of("reason", " ")).problem(400).get("errors").get(0).get("field").asText());
        post(exemption, s.headTeacher(), Map.of("reason", "x")).problem(403);
        post(exemption, school().billing(), Map.of("reason", "x")).problem(404);
        post(exemption, s.billing(), Map.of("reason", "公益培训，面向困难群体")).expect(201);
        assertTrue(post(exemption, s.academic(), Map.of("reason", "again")).problem(409).get("detail").asText().startsWith("IN-5:"));
        post(exemption + "/decision", s.billing(), Map.of("decision", "GRANT")).problem(403);
        assertEquals("opinion", post(exemption + "/decision", s.reviewer1(), Map.of("decision", "REFUSE")).problem(400).get("errors")
                .get(0).get("field").asText());
        post(exemption + "/decision", s.reviewer1(), Map.of("decision", "REFUSE", "opinion", "请补充证明材料")).expect(200);
        assertEquals("75.00", get(POLICY + "/classes/" + cls + "/opening", s.billing()).expect(200).json().get("perHeadFee").asText());
        post(exemption, s.billing(), Map.of("reason", "公益培训，附区人社局证明")).expect(201);
        assertEquals("GRANTED", post(exemption + "/decision", s.reviewer2(), Map.of("decision", "GRANT")).expect(200).json().get("status")
                .asText());
        JsonNode sheet = get(POLICY + "/classes/" + cls + "/opening", s.billing()).expect(200).json();
        assertTrue(sheet.get("feeExempt").asBoolean());
        assertEquals("0.00", sheet.get("estimatedAmount").asText());
        JsonNode log = get(exemption, s.headTeacher()).expect(200).json();
        assertEquals(2, log.size());
        assertEquals("请补充证明材料", log.get(0).get("opinion").asText());

        opened(s, cls);
        join(s, cls, li);
        assertTrue(post(exemption, s.billing(), Map.of("reason", "late")).problem(409).get("detail").asText().startsWith("IN-5:"));
        post("/api/v1/classes/" + cls + "/transitions", s.billing(), Map.of("to", "CLOSING_REVIEW")).expect(201);
        review(s, cls, s.reviewer1(), "APPROVE", null);
        review(s, cls, s.reviewer2(), "APPROVE", null);
        JsonNode bill = get(POLICY + "/classes/" + cls + "/bill", s.billing()).expect(200).json();
        assertEquals("0.00", bill.get("total").asText());
        assertEquals(1, bill.get("lines").get(0).get("quantity").asInt());
        get(POLICY + "/classes/" + cls + "/closing-order", s.billing()).problem(404);
    }

    /**
     * IN-8 (seed 003 "完成支付"): the class-closing order is paid by bank transfer from an account in the institution's own name
     * (another name is refused), with a proof; an annual value-added service is paid when bought and valid for its years; a
     * refund request ("申请退费") waits for the platform, which refunds the order whole.
     */
    @Test
    public void in8_aTransferFromTheInstitutionsOwnAccountAnnualServicesAndARefundRequestReviewedByThePlatform() throws Exception {
        School s = school();
        long cls = closedWithOneJoined(s, pkg(s, course(60)));
        long order = get(POLICY + "/classes/" + cls + "/closing-order", s.billing()).expect(200).json().get("id").asLong();
        String payments = "/api/v1/orders/" + order + "/payments";
        assertEquals("payerName", post(payments, s.billing(), transfer("某某商贸有限公司")).problem(400).get("errors").get(0).get("field")
                .asText());
        JsonNode missing = post(payments, s.billing(), Map.of("method", "BANK_TRANSFER")).problem(400);
        assertEquals(3, missing.get("errors").size());
        JsonNode transfer = post(payments, s.billing(), transfer(s.name().replace(" ", ""))).expect(201).json();
        assertEquals(s.name().replace(" ", ""), transfer.get("payingAccount").get("name").asText());
        long payment = transfer.get("id").asLong();
        uploadPdf(s.billing(), payment);
        post("/api/v1/payments/" + payment + "/review", admin, Map.of("approved", true)).expect(200);
        assertEquals("PAID", get("/api/v1/orders/" + order, s.billing()).expect(200).json().get("status").asText());

        // an annual service: ordered, paid by transfer, valid from the paid day for a year
        JsonNode annual = post("/api/v1/orders", s.billing(), Map.of("lines", List.of(Map.of("kind", "ANNUAL_SERVICE", "service",
                "OWN_COURSES", "quantity", 1)))).expect(201).json();
        long annualPayment = post("/api/v1/orders/" + annual.get("id").asLong() + "/payments", s.billing(), transfer(s.name())).expect(201)
                .json().get("id").asLong();
        assertEquals(0, get("/api/v1/balances/services", s.billing()).expect(200).json().size());
        uploadPdf(s.billing(), annualPayment);
        post("/api/v1/payments/" + annualPayment + "/review", admin, Map.of("approved", true)).expect(200);
        JsonNode term = get("/api/v1/balances/services", s.billing()).expect(200).json().get(0);
        assertEquals("OWN_COURSES", term.get("service").asText());
        assertTrue(term.get("active").asBoolean());
        assertEquals(java.time.LocalDate.parse(term.get("validFrom").asText()).plusYears(1).toString(), term.get("validUntil").asText());
        get("/api/v1/balances/services?institutionId=" + s.id(), school().billing()).problem(404);

        // "申请退费": the platform decides
        String refunds = "/api/v1/orders/" + order + "/refunds";
        assertTrue(post(refunds, s.billing(), Map.of("kind", "COURSE_RETURN", "classId", cls, "learnerIds", List.of(1))).status() >= 400);
        JsonNode asked = post(refunds, s.billing(), Map.of("kind", "REFUND", "reason", "培训未实际开展")).expect(201).json();
        assertEquals("AWAITING_SELLER", asked.get("status").asText());
        assertEquals("75.00", asked.get("amount").asText());
        assertEquals("PAID", get("/api/v1/orders/" + order, s.billing()).expect(200).json().get("status").asText());
        post(refunds, s.billing(), Map.of("kind", "REFUND", "reason", "again")).problem(409);
        long refund = asked.get("id").asLong();
        post("/api/v1/refunds/" + refund + "/decision", s.billing(), Map.of("accepted", true)).problem(403);
        assertEquals("COMPLETED", post("/api/v1/refunds/" + refund + "/decision", admin, Map.of("accepted", true)).expect(200).json()
                .get("status").asText());
        assertEquals("REFUNDED", get("/api/v1/orders/" + order, s.billing()).expect(200).json().get("status").asText());
    }
}
