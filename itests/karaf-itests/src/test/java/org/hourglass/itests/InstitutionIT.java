package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/**
 * The institution-billing policy (seed 003, IN-1 … IN-10) on the real assembly, installed at runtime like any policy: a
 * training institution's academic admin, head teacher and billing admin take a class through opening review, joining by
 * class password, supervised study and exams, closing review and the bill. One Karaf boot; each test its own institution.
 */
public class InstitutionIT extends StudySupport {
    static final String CODE = "institution-billing";
    static final String POLICY = "/api/v1/policies/" + CODE;

    @Before
    public void institutionPolicy() throws Exception {
        if (!get("/api/v1/policies", null).body().contains("\"" + CODE + "\"")) {
            features.installFeature("hourglass-policy-" + CODE);
        }
        await("institution policy live", 60, () -> policyState().equals("ACTIVE"));
    }

    private String policyState() {
        for (JsonNode p : get("/api/v1/policies", null).expect(200).json()) {
            if (p.get("code").asText().equals(CODE)) {
                return p.get("state").asText();
            }
        }
        return "ABSENT";
    }

    /** An institution with its academic admin, head teacher, billing admin; two platform reviewers. */
    record School(long id, String name, String academic, String headTeacher, String billing, String reviewer1, String reviewer2) {
    }

    private School school() {
        String name = "某职业技能培训学校 " + nextSeq();
        long id = post("/api/v1/institutions", admin, Map.of("name", name, "creditCode", creditCode())).expect(201).json().get("id").asLong();
        return new School(id, name, staff("ACADEMIC_ADMIN", id), staff("HEAD_TEACHER", id), staff("BILLING_ADMIN", id),
                staff("REVIEWER", null), staff("REVIEWER", null));
    }

    private String staff(String role, Long institution) {
        String user = role.toLowerCase().replace("_", "") + nextSeq();
        Map<String, Object> body = new HashMap<>(Map.of("username", user, "name", "Staff " + role, "role", role, "password",
                "staff-pass-1"));
        if (institution != null) {
            body.put("institutionId", institution);
        }
        post("/api/v1/staff", admin, body).expect(201);
        return login(user, "staff-pass-1");
    }

    private long institutionClass(School s, long pkg, int capacity, Map<String, String> settings) {
        return post("/api/v1/classes", s.academic(), Map.of("name", "某企业某岗位第几班", "policy", CODE, "startDate", START,
                "capacity", capacity, "packageId", pkg, "classType", "VOCATIONAL_SKILLS", "headTeacher", "张三",
                "notice", "签到要求：每天上课前线上签到。", "settings", settings)).expect(201).json().get("id").asLong();
    }

    private void review(School s, long cls, String reviewer, String decision, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("decision", decision, "opinion", "已核对"));
        if (reason != null) {
            body.put("reason", reason);
        }
        post(POLICY + "/classes/" + cls + "/reviews", reviewer, body).expect(201);
    }

    private String status(School s, long cls) {
        return get("/api/v1/classes/" + cls, s.academic()).expect(200).json().get("status").asText();
    }

    /** IN-8 (seed 003 "付款方信息"): a bank transfer from the account named {@code payer}. */
    private static Map<String, Object> transfer(String payer) {
        return Map.of("method", "BANK_TRANSFER", "payerName", payer, "payerAccount", "11001234567890", "payerBank", "某银行某支行");
    }

    /** A class of one learner who joined, taken through opening and closing: its bill is one head. */
    private long closedWithOneJoined(School s, long pkg) {
        long cls = institutionClass(s, pkg, 5, Map.of());
        Learner li = rosterLearner(s, cls);
        opened(s, cls);
        join(s, cls, li);
        post("/api/v1/classes/" + cls + "/transitions", s.billing(), Map.of("to", "CLOSING_REVIEW")).expect(201);
        review(s, cls, s.reviewer1(), "APPROVE", null);
        review(s, cls, s.reviewer2(), "APPROVE", null);
        assertEquals("CLOSED", status(s, cls));
        return cls;
    }

    private long pkg(School s, Course course) {
        return post("/api/v1/packages", s.academic(), Map.of("name", "P" + nextSeq(), "courseIds", List.of(course.id()))).expect(201)
                .json().get("id").asLong();
    }

    /** Imports one learner by the head teacher and returns him logged in, study-ready (C-2), not yet joined. */
    private Learner rosterLearner(School s, long cls) {
        String id = idNumber();
        post("/api/v1/classes/" + cls + "/roster", s.headTeacher(), List.of(Map.of("name", "Li Lei", "idNumber", id))).expect(200);
        String token = changePasswordAndBindPhone(id, "study-hard-1", phone());
        return new Learner(learnerId(s, cls, id), id, token);
    }

    private long learnerId(School s, long cls, String idNumber) {
        for (JsonNode r : get("/api/v1/classes/" + cls + "/reports/learners?q=" + idNumber, s.headTeacher()).expect(200).json()) {
            return r.get("learnerId").asLong();
        }
        throw new AssertionError("learner " + idNumber + " is not on class " + cls);
    }

    private void join(School s, long cls, Learner l) {
        String password = get("/api/v1/classes/" + cls, s.headTeacher()).expect(200).json().get("classPassword").asText();
        post("/api/v1/classes/join", l.token(), Map.of("name", "Li Lei", "idNumber", l.idNumber(), "classPassword", password)).expect(200);
    }

    private long opened(School s, long cls) {
        post("/api/v1/classes/" + cls + "/transitions", s.billing(), Map.of("to", "OPENING_REVIEW")).expect(201);
        review(s, cls, s.reviewer1(), "APPROVE", null);
        review(s, cls, s.reviewer2(), "APPROVE", null);
        assertEquals("OPEN", status(s, cls));
        return cls;
    }

    /**
     * IN-3 (≤ the estimated headcount, one bad row reported), IN-5 (seed 003: "未填写报名信息不能申请开班"; the opening review
     * shows estimated headcount × per-head fee, 5 × 75.00 = 375.00; two levels by different reviewers, each logged with its
     * time and opinion; a refusal gives its reason and sends the class back).
     */
    @Test
    public void in3_in5_aClassOpensWithItsRosterAfterTwoReviewLevelsAndARefusalSendsItBack() {
        School s = school();
        Course course = course(60);
        long pkg = post("/api/v1/packages", s.academic(), Map.of("name", "P" + nextSeq(), "courseIds", List.of(course.id()))).expect(201)
                .json().get("id").asLong();
        long cls = institutionClass(s, pkg, 5, Map.of());
        assertTrue(post("/api/v1/classes/" + cls + "/transitions", s.billing(), Map.of("to", "OPENING_REVIEW")).problem(409)
                .get("detail").asText().startsWith("IN-5:"));
        JsonNode report = post("/api/v1/classes/" + cls + "/roster", s.headTeacher(), List.of(
                Map.of("name", "Li Lei", "idNumber", idNumber(), "contact", "北京市海淀区"),
                Map.of("name", "Bad Row", "idNumber", "123"))).expect(200).json();
        assertEquals(1, report.get("imported").asInt());
        assertEquals(2, report.get("errors").get(0).get("row").asInt());

        post("/api/v1/classes/" + cls + "/transitions", s.billing(), Map.of("to", "OPENING_REVIEW")).expect(201);
        JsonNode sheet = get(POLICY + "/classes/" + cls + "/opening", s.billing()).expect(200).json();
        assertEquals(5, sheet.get("estimatedHeadcount").asInt());
        assertEquals("75.00", sheet.get("perHeadFee").asText());
        assertEquals("375.00", sheet.get("estimatedAmount").asText());
        post(POLICY + "/classes/" + cls + "/reviews", s.billing(), Map.of("decision", "APPROVE")).problem(403);
        review(s, cls, s.reviewer1(), "APPROVE", null);
        assertTrue(post(POLICY + "/classes/" + cls + "/reviews", s.reviewer1(), Map.of("decision", "APPROVE")).problem(409)
                .get("detail").asText().startsWith("IN-5:"));
        assertEquals("reason", post(POLICY + "/classes/" + cls + "/reviews", s.reviewer2(), Map.of("decision", "REFUSE")).problem(400)
                .get("errors").get(0).get("field").asText());
        review(s, cls, s.reviewer2(), "REFUSE", "开课时间与备案不一致");
        assertEquals("PLANNED", status(s, cls));
        JsonNode log = get(POLICY + "/classes/" + cls + "/reviews", s.headTeacher()).expect(200).json();
        assertEquals(2, log.size());
        assertEquals("开课时间与备案不一致", log.get(1).get("reason").asText());
        assertEquals(2, log.get(1).get("level").asInt());

        // resubmitted: a new round, two new levels, and it opens
        opened(s, cls);
        assertEquals(4, get(POLICY + "/classes/" + cls + "/reviews", s.headTeacher()).expect(200).json().size());
        // IN-5 "开班后…请联系商务专员": extra seats after opening only through the platform's staff
        patch("/api/v1/classes/" + cls, s.academic(), Map.of("capacity", 8)).problem(403);
        assertEquals(8, patch("/api/v1/classes/" + cls, admin, Map.of("capacity", 8)).expect(200).json().get("capacity").asInt());
        assertEquals(8, get(POLICY + "/classes/" + cls + "/opening", s.billing()).expect(200).json().get("estimatedHeadcount").asInt());
        School other = school();
        get(POLICY + "/classes/" + cls + "/opening", other.billing()).problem(404);
    }

    /**
     * IN-4 (seed 003 "学员加入班级的凭证为姓名、证件号码和班级密码"), IN-6 (closing stops study and exams; billed heads =
     * max(completed, ⌈90 % of joined⌉) × fee — the seed's 1 of 1 at 75.00 = 75.00, and 0 completed of 2 joined = 150.00).
     */
    @Test
    public void in4_in6_in7_in9_learnersJoinWithTheClassPasswordStudyAndTheClosingBillsTheSeedsExample() throws Exception {
        School s = school();
        Course course = course(60);
        long pkg = post("/api/v1/packages", s.academic(), Map.of("name", "P" + nextSeq(), "courseIds", List.of(course.id()))).expect(201)
                .json().get("id").asLong();
        long cls = institutionClass(s, pkg, 5, Map.of("signInsPerDay", "1"));
        Learner li = rosterLearner(s, cls);
        opened(s, cls);
        Setup setup = new Setup(null, cls, course, li);
        assertTrue(beat(setup, course.chapters().get(0), 0, "player-in4-1").problem(409).get("detail").asText().contains("join"));
        post("/api/v1/classes/join", li.token(), Map.of("name", "Li Lei", "idNumber", li.idNumber(), "classPassword", "000000"))
                .problem(404);
        post("/api/v1/classes/join", li.token(), Map.of("name", "Wang Wu", "idNumber", li.idNumber(), "classPassword", "000000"))
                .problem(404);
        assertTrue("a learner does not see the password", get("/api/v1/classes/" + cls, li.token()).expect(200).json()
                .get("classPassword").isNull());
        join(s, cls, li);
        post("/api/v1/learning/sign-ins", li.token(), Map.of("classId", cls)).expect(201);
        assertEquals(60.0, play(setup, course.chapters().get(0), 0, 60, 30, 1.0, "player-in4-1"), 0.0);
        long attempt = post("/api/v1/exams/" + course.paperId() + "/attempts", li.token(), Map.of("classId", cls, "courseId",
                course.id())).expect(201).json().get("id").asLong();
        assertEquals(80, post("/api/v1/attempts/" + attempt + "/submit", li.token(), answers(8)).expect(200).json().get("score").asInt());
        JsonNode overview = get("/api/v1/classes/" + cls + "/reports/overview", s.headTeacher()).expect(200).json();
        assertEquals(1, overview.get("joined").asInt());
        assertEquals(1, overview.get("completedAll").asInt());
        JsonNode status = get("/api/v1/classes/" + cls + "/reports/learners", s.headTeacher()).expect(200).json().get(0);
        assertEquals("IN-9: best score", 80, status.get("bestScore").asInt());
        assertEquals(1, status.get("signInDays").asInt());
        assertTrue(status.get("joined").asBoolean() && !status.get("joinedAt").isNull());

        post("/api/v1/classes/" + cls + "/transitions", s.billing(), Map.of("to", "CLOSING_REVIEW")).expect(201);
        assertTrue(beat(setup, course.chapters().get(0), 60, "player-in4-1").problem(409).get("detail").asText().startsWith("C-34:"));
        review(s, cls, s.reviewer1(), "APPROVE", null);
        review(s, cls, s.reviewer2(), "APPROVE", null);
        assertEquals("CLOSED", status(s, cls));
        JsonNode bill = get(POLICY + "/classes/" + cls + "/bill", s.billing()).expect(200).json();
        assertEquals(bill.toString(), "75.00", bill.get("total").asText());
        assertEquals("INSTITUTION", bill.get("payer").get("kind").asText());
        // IN-8: the closing made the class-closing order through commerce; it is paid by bank transfer with a proof
        JsonNode order = get(POLICY + "/classes/" + cls + "/closing-order", s.billing()).expect(200).json();
        assertEquals(order.toString(), "75.00", order.get("total").asText());
        assertEquals("CREATED", order.get("status").asText());
        long orderId = order.get("id").asLong();
        long payment = post("/api/v1/orders/" + orderId + "/payments", s.billing(), transfer(s.name())).expect(201).json()
                .get("id").asLong();
        byte[] pdf = "%PDF-1.4 bank receipt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.net.http.HttpResponse<String> proof = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + "/api/v1/payments/" + payment + "/proof")).header("Content-Type", "application/pdf")
                .header("Authorization", "Bearer " + s.billing()).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(proof.body(), 200, proof.statusCode());
        post("/api/v1/payments/" + payment + "/review", admin, Map.of("approved", true)).expect(200);
        assertEquals("PAID", get("/api/v1/orders/" + orderId, s.billing()).expect(200).json().get("status").asText());
        // IN-7: reports and certificates in one ZIP whose entries open
        java.net.http.HttpResponse<byte[]> zip = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + "/api/v1/classes/" + cls + "/reports/archive.zip")).header("Authorization", "Bearer "
                + s.headTeacher()).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        Map<String, byte[]> entries = new HashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertTrue(entries.keySet().toString(), entries.containsKey("reports/" + li.id() + ".pdf") && entries.containsKey("sign-ins.csv"));
        try (org.apache.pdfbox.pdmodel.PDDocument report = org.apache.pdfbox.Loader.loadPDF(entries.get("reports/" + li.id() + ".pdf"))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(report);
            assertTrue(text, text.contains("Li Lei") && text.contains("80"));
        }
        List<String> certificates = entries.keySet().stream().filter(n -> n.startsWith("certificates/")).toList();
        assertEquals("IN-7: a certificate for the learner who completed the package", 1, certificates.size());
        try (org.apache.pdfbox.pdmodel.PDDocument cert = org.apache.pdfbox.Loader.loadPDF(entries.get(certificates.get(0)))) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(cert).contains("Li Lei"));
        }
        assertTrue(new String(entries.get("sign-ins.csv"), java.nio.charset.StandardCharsets.UTF_8).contains(li.id() + ","));
        get("/api/v1/classes/" + cls + "/reports/archive.zip", school().billing()).problem(404);
        String shell = execute("institution:bill " + cls);
        assertTrue(shell, shell.contains("IN-6") && shell.contains("75.00"));
        assertTrue(execute("institution:classes").contains("某企业某岗位第几班"));

        // the floor: two joined, nobody completed — ⌈90 % × 2⌉ = 2 heads, 150.00
        long second = institutionClass(s, pkg, 5, Map.of());
        Learner a = rosterLearner(s, second);
        Learner b = rosterLearner(s, second);
        rosterLearner(s, second); // on the roster, never joins: not billed
        opened(s, second);
        join(s, second, a);
        join(s, second, b);
        assertEquals("150.00", get(POLICY + "/classes/" + second + "/bill", s.billing()).expect(200).json().get("total").asText());

        // IN-3: after opening a learner is not deleted from the roster
        assertTrue(delete("/api/v1/classes/" + second + "/roster/" + a.id(), s.headTeacher()).problem(409).get("detail").asText()
                .startsWith("IN-3:"));
    }

    /**
     * IN-2 "意见反馈" (seed 003: "学员可以在班级详情页面上点击'意见反馈'，对本班培训教师发起提问"; "教师发表回复后，可以编辑修改回复的内容"):
     * where the class turns it on, a learner asks, the head teacher answers and edits the answer; a learner sees only his own.
     */
    @Test
    public void in2_learnersAskTheirTeachersWhoAnswerAndMayEditTheAnswer() {
        School s = school();
        Course course = course(60);
        long pkg = post("/api/v1/packages", s.academic(), Map.of("name", "P" + nextSeq(), "courseIds", List.of(course.id()))).expect(201)
                .json().get("id").asLong();
        long quiet = institutionClass(s, pkg, 5, Map.of());
        Learner other = rosterLearner(s, quiet);
        assertTrue(post(POLICY + "/classes/" + quiet + "/questions", other.token(), Map.of("text", "?")).problem(409).get("detail").asText()
                .startsWith("IN-2:"));
        post("/api/v1/classes", s.academic(), Map.of("name", "x", "policy", CODE, "startDate", START, "capacity", 5, "settings",
                Map.of("feedback", "maybe"))).problem(400);
        long cls = institutionClass(s, pkg, 5, Map.of("feedback", "true"));
        Learner li = rosterLearner(s, cls);
        Learner wang = rosterLearner(s, cls);
        long q = post(POLICY + "/classes/" + cls + "/questions", li.token(), Map.of("text", "第二章的作业什么时候交？")).expect(201).json()
                .get("id").asLong();
        post(POLICY + "/classes/" + cls + "/questions", wang.token(), Map.of("text", "考试可以补考吗？")).expect(201);
        post(POLICY + "/classes/" + cls + "/questions", other.token(), Map.of("text", "我不在这个班")).problem(404);
        put(POLICY + "/classes/" + cls + "/questions/" + q + "/answer", s.billing(), Map.of("text", "周五前")).problem(403);
        assertEquals("周五前", put(POLICY + "/classes/" + cls + "/questions/" + q + "/answer", s.headTeacher(), Map.of("text", "周五前"))
                .expect(200).json().get("answer").asText());
        JsonNode edited = put(POLICY + "/classes/" + cls + "/questions/" + q + "/answer", s.headTeacher(), Map.of("text", "下周一前"))
                .expect(200).json();
        assertEquals("下周一前", edited.get("answer").asText());
        assertTrue(!edited.get("editedAt").isNull());
        JsonNode mine = get(POLICY + "/classes/" + cls + "/questions", li.token()).expect(200).json();
        assertEquals(1, mine.size());
        assertEquals("下周一前", mine.get(0).get("answer").asText());
        assertEquals(2, get(POLICY + "/classes/" + cls + "/questions", s.headTeacher()).expect(200).json().size());
        put(POLICY + "/classes/" + cls + "/questions/" + q + "/answer", school().headTeacher(), Map.of("text", "x")).problem(404);
    }

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

    private void watched(String reference, long learnerId, int live, int replay) {
        org.osgi.framework.ServiceReference<org.hourglass.external.simulation.SimulatedLive> ref =
                bundleContext.getServiceReference(org.hourglass.external.simulation.SimulatedLive.class);
        bundleContext.getService(ref).watched(reference, learnerId, live, replay);
        bundleContext.ungetService(ref);
    }

    /** IN-8: the institution buys prepaid live-stream minutes, paid by a reviewed bank transfer. */
    private void topUp(School s, int minutes) throws Exception {
        long order = post("/api/v1/orders", s.billing(), Map.of("lines", List.of(Map.of("kind", "LIVE_MINUTES", "quantity", minutes))))
                .expect(201).json().get("id").asLong();
        long payment = post("/api/v1/orders/" + order + "/payments", s.billing(), transfer(s.name())).expect(201).json().get("id").asLong();
        uploadPdf(s.billing(), payment);
        post("/api/v1/payments/" + payment + "/review", admin, Map.of("approved", true)).expect(200);
        assertEquals(minutes, get("/api/v1/balances", s.billing()).expect(200).json().get("minutes").asLong());
    }

    /**
     * IN-1 (seed 003: each class type may differ — here in its per-head fee): a live online class is billed at its type's fee,
     * changed at runtime through the policy's PID; the opening sheet shows it at once.
     */
    @Test
    public void in1_eachClassTypeHasItsOwnPerHeadFee() throws Exception {
        School s = school();
        long pkg = pkg(s, course(60));
        long live = post("/api/v1/classes", s.academic(), Map.of("name", "直播班", "policy", CODE, "startDate", START, "capacity", 4,
                "packageId", pkg, "classType", "LIVE_ONLINE", "headTeacher", "张三")).expect(201).json().get("id").asLong();
        post("/api/v1/classes", s.academic(), Map.of("name", "x", "policy", CODE, "startDate", START, "capacity", 4, "classType",
                "EVENING_SCHOOL")).problem(400);
        org.osgi.framework.ServiceReference<org.osgi.service.cm.ConfigurationAdmin> ref =
                bundleContext.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        org.osgi.service.cm.Configuration c = bundleContext.getService(ref).getConfiguration("org.hourglass.policy.institution", null);
        try {
            c.update(new java.util.Hashtable<>(Map.of("feeLiveOnline", "60.00")));
            await("the live online fee in force", 60, () -> policyState().equals("ACTIVE") && get(POLICY + "/classes/" + live
                    + "/opening", s.billing()).json().path("perHeadFee").asText().equals("60.00"));
            JsonNode sheet = get(POLICY + "/classes/" + live + "/opening", s.billing()).expect(200).json();
            assertEquals("4 × 60.00", "240.00", sheet.get("estimatedAmount").asText());
            assertEquals("LIVE_ONLINE", sheet.get("classType").asText());
            long skills = institutionClass(s, pkg, 4, Map.of());
            assertEquals("75.00", get(POLICY + "/classes/" + skills + "/opening", s.billing()).expect(200).json().get("perHeadFee").asText());
        } finally {
            c.delete();
            bundleContext.ungetService(ref);
        }
        await("the seed's fee back", 60, () -> policyState().equals("ACTIVE") && get(POLICY + "/classes/" + live + "/opening",
                s.billing()).json().path("perHeadFee").asText().equals("75.00"));
    }

    /**
     * IN-2 supervision (seed 003 "监管设置"): twice-daily sign-in, a face-checked photo every 10 minutes, pop-up questions from
     * the course's practice pool — nothing is credited without them, a wrong answer does not release the pause, the right one
     * does; and the anti-addiction cap ends a day's credit at its hours.
     */
    @Test
    public void in2_signInsPhotosPopUpsAndTheDailyCapGovernWhatIsCredited() throws Exception {
        School s = school();
        Course course = course(4000);
        pool(course.id(), "PRACTICE", 4, 5);
        long pkg = pkg(s, course);
        long cls = institutionClass(s, pkg, 5, Map.of("signInsPerDay", "2", "photoEveryMinutes", "10", "popupQuestions", "true"));
        Learner li = rosterLearner(s, cls);
        opened(s, cls);
        join(s, cls, li);
        Setup st = new Setup(null, cls, course, li);
        long ch = course.chapters().get(0);
        beat(st, ch, 0, "player-in2-sup").expect(200);
        clockAt(platformNow().plusSeconds(30));
        JsonNode unsigned = beat(st, ch, 30, "player-in2-sup").expect(200).json();
        assertEquals(0.0, unsigned.get("creditedSeconds").asDouble(), 0.0);
        assertTrue(unsigned.get("note").asText(), unsigned.get("note").asText().startsWith("C-38: sign in"));
        assertEquals("MORNING", post("/api/v1/learning/sign-ins", li.token(), Map.of("classId", cls)).expect(201).json().get("slot")
                .asText());
        clockAt(platformNow().plusSeconds(30));
        beat(st, ch, 0, "player-in2-sup").expect(200);
        clockAt(platformNow().plusSeconds(30));
        assertTrue(beat(st, ch, 30, "player-in2-sup").expect(200).json().get("note").asText().contains("photo"));
        assertTrue(photo(st, "\u00ff\u00d8\u00ff\u00e0 a face".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "image/jpeg")
                .expect(201).json().get("faceMatch").asBoolean());
        clockAt(platformNow().plusSeconds(30));
        beat(st, ch, 0, "player-in2-sup").expect(200);
        JsonNode challenge = null;
        double position = 0;
        for (int i = 0; i < 8 && (challenge == null || challenge.isNull()); i++) {
            clockAt(platformNow().plusSeconds(60));
            position += 60;
            challenge = beat(st, ch, position, "player-in2-sup").expect(200).json().get("challenge");
        }
        assertTrue("a pop-up question after 5 credited minutes", challenge != null && !challenge.isNull());
        assertTrue(challenge.get("stem").asText().startsWith("Practice "));
        String nonce = challenge.get("nonce").asText();
        clockAt(platformNow().plusSeconds(60));
        JsonNode paused = beat(st, ch, position + 60, "player-in2-sup").expect(200).json();
        assertEquals(0.0, paused.get("creditedSeconds").asDouble(), 0.0);
        assertTrue(paused.get("note").asText().startsWith("C-38:"));
        assertTrue(!post("/api/v1/learning/challenges/" + nonce, li.token(), Map.of("answer", List.of(1))).expect(200).json()
                .get("correct").asBoolean());
        assertTrue(post("/api/v1/learning/challenges/" + nonce, li.token(), Map.of("answer", List.of(0))).expect(200).json()
                .get("correct").asBoolean());
        JsonNode photos = get("/api/v1/classes/" + cls + "/reports/learners", s.headTeacher()).expect(200).json().get(0);
        assertEquals("IN-9: photo count", 1, photos.get("photos").asInt());
        assertEquals(1, photos.get("signInDays").asInt());

        // the anti-addiction cap: 1 hour a day, then nothing more that day
        long capped = institutionClass(s, pkg(s, course), 5, Map.of("dailyCapHours", "1"));
        Learner wang = rosterLearner(s, capped);
        opened(s, capped);
        join(s, capped, wang);
        Setup cs = new Setup(null, capped, course, wang);
        assertEquals("IN-2: the day's credit stops at the cap", 3600.0, play(cs, ch, 0, 3840, 60, 1.0, "player-in2-cap"), 0.0);
    }

    /** C-35 in an institution's class (seed 003 "考试次数", "考试时长"): its own attempt limit; an interrupted attempt resumes. */
    @Test
    public void in2_theClassSetsItsExamAttemptsAndAnInterruptedAttemptResumes() throws Exception {
        School s = school();
        Course course = course(60);
        long cls = institutionClass(s, pkg(s, course), 5, Map.of("exam.attempts", "2", "exam.minutes", "30"));
        Learner li = rosterLearner(s, cls);
        opened(s, cls);
        join(s, cls, li);
        play(new Setup(null, cls, course, li), course.chapters().get(0), 0, 60, 30, 1.0, "player-in2-exam");
        String exam = "/api/v1/exams/" + course.paperId() + "/attempts";
        Map<String, Object> start = Map.of("classId", cls, "courseId", course.id());
        JsonNode first = post(exam, li.token(), start).expect(201).json();
        long id = first.get("id").asLong();
        put("/api/v1/attempts/" + id, li.token(), answers(5)).expect(200);
        JsonNode resumed = post(exam, li.token(), start).expect(200).json();
        assertEquals("an interrupted attempt resumes", id, resumed.get("id").asLong());
        assertEquals(0, resumed.get("answers").get(0).get(0).asInt());
        assertEquals(50, post("/api/v1/attempts/" + id + "/submit", li.token(), Map.of()).expect(200).json().get("score").asInt());
        long second = post(exam, li.token(), start).expect(201).json().get("id").asLong();
        assertEquals(40, post("/api/v1/attempts/" + second + "/submit", li.token(), answers(4)).expect(200).json().get("score").asInt());
        assertTrue(post(exam, li.token(), start).problem(409).get("detail").asText().contains("2 attempts"));
        assertEquals("IN-9: the best score", 50, get("/api/v1/classes/" + cls + "/reports/learners", s.headTeacher()).expect(200).json()
                .get(0).get("bestScore").asInt());
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

    private void uploadPdf(String token, long payment) throws Exception {
        byte[] pdf = "%PDF-1.4 bank receipt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.net.http.HttpResponse<String> proof = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + "/api/v1/payments/" + payment + "/proof")).header("Content-Type", "application/pdf")
                .header("Authorization", "Bearer " + token).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(proof.body(), 200, proof.statusCode());
    }

    /**
     * Across tenants: every operation of the policy on a class, called by each staff role of another institution, answers
     * exactly as it does for a class that does not exist — the class is neither reached nor revealed.
     */
    @Test
    public void anotherInstitutionsStaffReachNoneOfAClassesPolicyOperations() {
        School s = school();
        long cls = institutionClass(s, pkg(s, course(60)), 5, Map.of("feedback", "true", "live", "true"));
        rosterLearner(s, cls);
        School other = school();
        String assistant = staff("ASSISTANT", other.id());
        long missing = 999_999_999L;
        List<String> leaked = new java.util.ArrayList<>();
        JsonNode paths = get("/api/openapi.json", null).expect(200).json().get("paths");
        int swept = 0;
        for (java.util.Iterator<String> it = paths.fieldNames(); it.hasNext();) {
            String path = it.next();
            if (!path.startsWith("/v1/policies/" + CODE + "/classes/{id}")) {
                continue;
            }
            for (java.util.Iterator<String> ms = paths.get(path).fieldNames(); ms.hasNext();) {
                String method = ms.next().toUpperCase();
                for (String token : List.of(other.academic(), other.headTeacher(), other.billing(), assistant)) {
                    Answer real = call(method, "/api" + path.replace("{id}", Long.toString(cls)).replaceAll("\\{[^}]+}", "1"), token);
                    Answer none = call(method, "/api" + path.replace("{id}", Long.toString(missing)).replaceAll("\\{[^}]+}", "1"), token);
                    swept++;
                    if (real.status() < 400 || real.status() != none.status()) {
                        leaked.add(method + " " + path + " -> " + real.status() + " (a missing class: " + none.status() + ") " + real.body());
                    }
                }
            }
        }
        assertTrue("swept the policy's class operations: " + swept, swept >= 40);
        assertEquals(List.of(), leaked);
    }

    private Answer call(String method, String path, String token) {
        Map<String, Object> body = Map.of("text", "x", "reason", "x", "decision", "APPROVE", "topic", "x", "startsAt",
                "2026-03-03T11:45:00Z", "minutes", 30, "teacher", "x");
        return switch (method) {
            case "GET" -> get(path, token);
            case "POST" -> post(path, token, body);
            case "PUT" -> put(path, token, body);
            case "DELETE" -> delete(path, token);
            default -> throw new AssertionError(method + " " + path);
        };
    }

    /** Uninstalling the policy mid-way: its classes answer 503 and keep their data; reinstalled, the same bill. */
    @Test
    public void removingThePolicyMidWayLosesNothingAndReinstallingResumes() throws Exception {
        School s = school();
        Course course = course(60);
        long pkg = post("/api/v1/packages", s.academic(), Map.of("name", "P" + nextSeq(), "courseIds", List.of(course.id()))).expect(201)
                .json().get("id").asLong();
        long cls = institutionClass(s, pkg, 5, Map.of());
        Learner li = rosterLearner(s, cls);
        opened(s, cls);
        join(s, cls, li);
        String before = get(POLICY + "/classes/" + cls + "/bill", s.billing()).expect(200).json().get("total").asText();
        features.uninstallFeature("hourglass-policy-" + CODE);
        await("institution policy gone", 60, () -> !policyState().equals("ACTIVE"));
        assertEquals(503, post("/api/v1/classes/" + cls + "/transitions", s.billing(), Map.of("to", "CLOSING_REVIEW")).status());
        assertEquals("OPEN", status(s, cls));
        assertEquals(1, get("/api/v1/classes/" + cls + "/roster", s.headTeacher()).expect(200).json().size());
        assertEquals(200, get("/api/v1/health", null).status());
        features.installFeature("hourglass-policy-" + CODE);
        await("institution policy back", 60, () -> policyState().equals("ACTIVE"));
        assertEquals(before, get(POLICY + "/classes/" + cls + "/bill", s.billing()).expect(200).json().get("total").asText());
    }
}
