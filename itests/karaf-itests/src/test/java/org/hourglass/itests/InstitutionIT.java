package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The institution-billing policy (seed 003, IN-1 … IN-10) on the real assembly, installed at runtime like any policy: a
 * training institution's academic admin, head teacher and billing admin take a class through opening review, joining by
 * class password, supervised study and exams, closing review and the bill. One Karaf boot; each test its own institution.
 */
public class InstitutionIT extends InstitutionSupport {
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
        uploadPdf(s.billing(), payment);
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
