package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The jiangsu-credits policy (seeds 002 and 001, JS-1 … JS-11) on the real assembly, installed at runtime like any policy:
 * a public-institution worker registers himself, finds the classes of his training year and grade, checks out several
 * from his pre-enrolment list (one order per provider), pays and finds them open; chooses his courses, studies with pop-up
 * questions, passes the exam under either model, gets the certificate and prints the year's archive. The face-to-face class,
 * declarations and corrections are {@link JiangsuYearIT}'s. One Karaf boot; each test its own providers and learners.
 */
public class JiangsuIT extends JiangsuSupport {
    /**
     * JS-1, JS-2 (seed 002 §4: "根据培训年度、技术等级搜索", "将要报的多个班级一起加入预报名清单后 … 结算"), JS-3 ("确认班级信息、费用、
     * 发票抬头、发票配送方式后，点击'提交订单'", "缴费成功后，开通班级"): one order per provider, each class opened by its payment.
     */
    @Test
    public void js01_js02_js03_js11_aWorkerRegistersFindsHisYearsClassesChecksOutTwoTogetherAndPayingOpensEach() {
        Provider a = provider();
        Provider b = provider();
        long first = openClass(a, 2026, "INTERMEDIATE");
        long second = openClass(b, 2026, "INTERMEDIATE");
        long senior = openClass(a, 2026, "SENIOR");
        long nextYear = openClass(a, 2027, "INTERMEDIATE");
        long planned = post("/api/v1/classes", a.academic(), Map.of("name", "未开班", "policy", CODE, "startDate", "2026-01-01",
                "capacity", 10, "settings", Map.of("trainingYear", "2026", "grade", "INTERMEDIATE"))).expect(201).json().get("id").asLong();
        assertEquals("settings.trainingYear", post("/api/v1/classes", a.academic(), Map.of("name", "x", "policy", CODE, "startDate",
                "2026-01-01", "capacity", 10, "settings", Map.of("grade", "SENIOR"))).problem(400).get("errors").get(0).get("field").asText());
        Worker w = register();

        List<Long> found = new ArrayList<>();
        for (JsonNode o : get(POLICY + "/classes?year=2026&grade=中级工", w.token()).expect(200).json()) {
            found.add(o.get("classId").asLong());
            assertEquals("100.00", o.get("fee").asText());
        }
        assertTrue(found.toString(), found.contains(first) && found.contains(second));
        assertTrue(found.toString(), !found.contains(senior) && !found.contains(nextYear) && !found.contains(planned));
        assertEquals("grade", get(POLICY + "/classes?grade=MASTER", w.token()).problem(400).get("errors").get(0).get("field").asText());

        String list = POLICY + "/pre-enrolments";
        post(list, w.token(), Map.of("classId", first)).expect(201);
        post(list, w.token(), Map.of("classId", second)).expect(201);
        post(list, w.token(), Map.of("classId", senior)).expect(201);
        post(list, w.token(), Map.of("classId", first)).problem(409);
        assertTrue(post(list, w.token(), Map.of("classId", planned)).problem(409).get("detail").asText().startsWith("JS-2:"));
        assertEquals(3, get(list, w.token()).expect(200).json().size());
        delete(list + "/" + senior, w.token()).expect(204);
        assertEquals("classIds", post(list + "/checkout", w.token(), Map.of("classIds", List.of(first, senior))).problem(400)
                .get("errors").get(0).get("field").asText());

        List<JsonNode> orders = checkout(w, List.of(first, second));
        assertEquals("one order per provider", 2, orders.size());
        for (JsonNode o : orders) {
            assertEquals("100.00", o.get("total").asText());
            assertEquals("CLASS_ENROLMENT", o.get("lines").get(0).get("kind").asText());
            assertEquals("张三", o.get("invoice").get("title").asText());
            assertEquals(CODE, o.get("policy").asText());
        }
        assertEquals(0, get(list, w.token()).expect(200).json().size());
        assertTrue("not open before it is paid", !onRoster(a, first, w));
        Map<Long, Long> orderOf = new HashMap<>();
        orders.forEach(o -> orderOf.put(o.get("lines").get(0).get("refId").asLong(), o.get("id").asLong()));
        pay(w, orderOf.get(first));
        assertTrue("the payment opened the class", onRoster(a, first, w));
        assertTrue(!onRoster(b, second, w));
        pay(w, orderOf.get(second));
        assertTrue(onRoster(b, second, w));
        post(list, w.token(), Map.of("classId", first)).problem(409); // enrolled already

        // JS-3 / JS-11 (seed 001 "发票下载", seed 002 "我的订单 … 查看订单"): orders listed and detailed, the invoice carries the title
        // given with the order and downloads as a PDF
        JsonNode invoice = post("/api/v1/invoices", w.token(), Map.of("orderId", orderOf.get(first), "type", "NORMAL", "email",
                "zhangsan@example.com")).expect(201).json();
        assertEquals("张三", invoice.get("title").asText());
        assertEquals(2, get("/api/v1/orders", w.token()).expect(200).json().size());
        assertTrue(get("/api/v1/orders/" + orderOf.get(first), w.token()).expect(200).json().get("invoiced").asBoolean());
        java.net.http.HttpResponse<byte[]> pdf;
        try {
            pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE
                    + "/api/v1/invoices/" + invoice.get("id").asLong() + ".pdf")).header("Authorization", "Bearer " + w.token()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
                assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("100.00"));
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }

        // JS-3 "a refund before study takes him off the roster"
        JsonNode refund = post("/api/v1/orders/" + orderOf.get(second) + "/refunds", w.token(), Map.of("kind", "REFUND", "reason",
                "报错班级")).expect(201).json();
        assertEquals("COMPLETED", refund.get("status").asText());
        assertEquals("100.00", refund.get("amount").asText());
        assertEquals("REFUNDED", get("/api/v1/orders/" + orderOf.get(second), w.token()).expect(200).json().get("status").asText());
        assertTrue("the refund took him off the class", !onRoster(b, second, w));
    }

    /**
     * JS-4 (seed 002 §5.2 "公共课程系统自动推送，专业课和兴趣课需学员手动选择"; seed 001 "页面下方将显示已选学时数，及根据考核要求还需选择的
     * 学时数 … 未选满培训总选课要求可多次选课"): public courses are taken by everyone; professional and elective ones are chosen until
     * each category's hours are met; a course not chosen is not studied; the class exam waits for the choices.
     */
    @Test
    public void js04_publicCoursesArePushedAndProfessionalAndElectiveOnesChosenUntilTheirHoursAreMet() throws Exception {
        Provider p = provider();
        Course pub = course(60);
        Course prof1 = course(2700);
        Course prof2 = course(2700);
        Course elective = course(2700);
        long classPaper = paper();
        long pkg = post("/api/v1/packages", p.academic(), Map.of("name", "P" + nextSeq(), "courseIds", List.of(pub.id(), prof1.id(),
                prof2.id(), elective.id()), "paperId", classPaper, "examRequired", true)).expect(201).json().get("id").asLong();
        long cls = post("/api/v1/classes", p.academic(), Map.of("name", "2026年度初级工网络班", "policy", CODE, "startDate", "2026-01-01",
                "capacity", 100, "packageId", pkg, "settings", Map.of("trainingYear", "2026", "grade", "JUNIOR",
                        "requiredHours.PROFESSIONAL", "1", "requiredHours.ELECTIVE", "1"))).expect(201).json().get("id").asLong();
        String categories = POLICY + "/classes/" + cls + "/course-categories";
        assertEquals("categories." + 999999, put(categories, p.academic(), Map.of("categories", Map.of("999999", "ELECTIVE"))).problem(400)
                .get("errors").get(0).get("field").asText());
        put(categories, p.academic(), Map.of("categories", Map.of(Long.toString(prof1.id()), "PROFESSIONAL", Long.toString(prof2.id()),
                "PROFESSIONAL", Long.toString(elective.id()), "ELECTIVE"))).expect(200);
        put(categories, provider().academic(), Map.of("categories", Map.of(Long.toString(prof1.id()), "PUBLIC"))).problem(404);
        post("/api/v1/classes/" + cls + "/transitions", p.academic(), Map.of("to", "OPEN")).expect(201);
        assertTrue(put(categories, p.academic(), Map.of("categories", Map.of(Long.toString(prof1.id()), "PUBLIC"))).problem(409)
                .get("detail").asText().startsWith("JS-4:"));
        Worker w = register();
        Learner li = enrolled(w, cls);
        String home = POLICY + "/classes/" + cls + "/home";
        JsonNode before = get(home, w.token()).expect(200).json();
        assertEquals("PROFESSIONAL", before.get("requirements").get(0).get("category").asText());
        assertEquals(1.0, before.get("requirements").get(0).get("remainingHours").asDouble(), 0.0);
        assertTrue("public courses are pushed", before.get("courses").get(0).get("taken").asBoolean());
        assertTrue(!before.get("courses").get(1).get("taken").asBoolean());
        assertTrue(!before.get("choicesComplete").asBoolean());

        Setup onProf = new Setup(null, cls, prof1, li);
        assertTrue(beat(onProf, prof1.chapters().get(0), 0, "js-choose-1").problem(409).get("detail").asText().contains("choose it first"));
        clockAt(platformNow().plusSeconds(600));
        play(new Setup(null, cls, pub, li), pub.chapters().get(0), 0, 60, 30, 1.0, "js-choose-2");
        String exam = "/api/v1/exams/" + classPaper + "/attempts";
        assertTrue(post(exam, w.token(), Map.of("classId", cls)).problem(409).get("detail").asText().startsWith("JS-4:"));

        String choose = POLICY + "/classes/" + cls + "/course-choices";
        assertEquals("courseIds", post(choose, w.token(), Map.of("courseIds", List.of(pub.id()))).problem(400).get("errors").get(0)
                .get("field").asText());
        JsonNode chosen = post(choose, w.token(), Map.of("courseIds", List.of(prof1.id()))).expect(200).json();
        assertEquals(0.0, chosen.get("requirements").get(0).get("remainingHours").asDouble(), 0.0);
        assertTrue(post(choose, w.token(), Map.of("courseIds", List.of(prof2.id()))).problem(409).get("detail").asText()
                .startsWith("JS-4:"));
        assertTrue(post(choose, w.token(), Map.of("courseIds", List.of(elective.id()))).expect(200).json().get("choicesComplete")
                .asBoolean());
        post(choose, register().token(), Map.of("courseIds", List.of(elective.id()))).problem(404);
        JsonNode progress = get("/api/v1/learning/progress?classId=" + cls, w.token()).expect(200).json();
        assertEquals("the public, the professional and the elective course are his", 3, progress.get("courses").size());
        assertTrue(progress.get("classPercent").asInt() < 100);
        assertTrue(post(exam, w.token(), Map.of("classId", cls)).problem(409).get("detail").asText().startsWith("C-35:"));
        clockAt(platformNow().plusSeconds(600));
        beat(onProf, prof1.chapters().get(0), 0, "js-choose-3").expect(200);
        long order = get("/api/v1/orders", w.token()).expect(200).json().get(0).get("id").asLong();
        assertTrue("JS-3: studied, so no refund", post("/api/v1/orders/" + order + "/refunds", w.token(), Map.of("kind", "REFUND"))
                .problem(409).get("detail").asText().startsWith("JS-3:"));
    }

    /**
     * JS-5 (seed 002 "在学习视频播放过程中不定时弹出课程知识点练习题要求学员作答，未作答时，视频暂停播放和计时，只有作答正确后方可继续"):
     * on for every class of the policy, drawn from the course's practice pool.
     */
    @Test
    public void js05_aPopUpQuestionPausesTheClockUntilItIsAnsweredRight() throws Exception {
        Provider p = provider();
        Course course = course(1200);
        pool(course.id(), "PRACTICE", 4, 5);
        long pkg = post("/api/v1/packages", p.academic(), Map.of("name", "P" + nextSeq(), "courseIds", List.of(course.id()))).expect(201)
                .json().get("id").asLong();
        long cls = post("/api/v1/classes", p.academic(), Map.of("name", "2026年度中级工网络班", "policy", CODE, "startDate", "2026-01-01",
                "capacity", 100, "packageId", pkg, "settings", Map.of("trainingYear", "2026", "grade", "INTERMEDIATE"))).expect(201).json()
                .get("id").asLong();
        post("/api/v1/classes/" + cls + "/transitions", p.academic(), Map.of("to", "OPEN")).expect(201);
        Worker w = register();
        Setup st = new Setup(null, cls, course, enrolled(w, cls));
        long ch = course.chapters().get(0);
        beat(st, ch, 0, "js-popup-1").expect(200);
        JsonNode challenge = null;
        double position = 0;
        for (int i = 0; i < 8 && (challenge == null || challenge.isNull()); i++) {
            clockAt(platformNow().plusSeconds(60));
            position += 60;
            challenge = beat(st, ch, position, "js-popup-1").expect(200).json().get("challenge");
        }
        assertTrue("a pop-up question within the first minutes", challenge != null && !challenge.isNull());
        clockAt(platformNow().plusSeconds(60));
        JsonNode paused = beat(st, ch, position + 60, "js-popup-1").expect(200).json();
        assertEquals(0.0, paused.get("creditedSeconds").asDouble(), 0.0);
        String nonce = challenge.get("nonce").asText();
        assertTrue(!post("/api/v1/learning/challenges/" + nonce, w.token(), Map.of("answer", List.of(1))).expect(200).json()
                .get("correct").asBoolean());
        assertTrue(post("/api/v1/learning/challenges/" + nonce, w.token(), Map.of("answer", List.of(0))).expect(200).json()
                .get("correct").asBoolean());
    }

    /**
     * JS-6 (a) one class exam, open only at 100 % class progress (seed 002 §5.6), and (b) a quiz per course after it is fully
     * watched, retaken until 60 (seed 001 §4.4); JS-7 the certificate once the class progress is 100 % and the exam 60 or more.
     */
    @Test
    public void js06_js07_js10_theClassExamModelAndTheCourseQuizModelEachEndInACertificateAndTheYearsArchivePrints() throws Exception {
        Provider p = provider();
        Course first = course(60);
        Course second = course(60);
        long classPaper = paper();
        long pkg = post("/api/v1/packages", p.academic(), Map.of("name", "P" + nextSeq(), "courseIds", List.of(first.id(), second.id()),
                "paperId", classPaper, "examRequired", true)).expect(201).json().get("id").asLong();
        long classModel = post("/api/v1/classes", p.academic(), Map.of("name", "2026年度高级工网络班", "policy", CODE, "startDate",
                "2026-01-01", "capacity", 100, "packageId", pkg, "settings", Map.of("trainingYear", "2026", "grade", "SENIOR",
                        "examModel", "CLASS"))).expect(201).json().get("id").asLong();
        post("/api/v1/classes/" + classModel + "/transitions", p.academic(), Map.of("to", "OPEN")).expect(201);
        Worker w = register();
        Learner li = enrolled(w, classModel);
        String exam = "/api/v1/exams/" + classPaper + "/attempts";
        play(new Setup(null, classModel, first, li), first.chapters().get(0), 0, 60, 30, 1.0, "js-class-exam-1");
        assertTrue(post(exam, w.token(), Map.of("classId", classModel)).problem(409).get("detail").asText().startsWith("C-35:"));
        clockAt(platformNow().plusSeconds(600)); // C-4: the first stream has ended before the next one starts
        play(new Setup(null, classModel, second, li), second.chapters().get(0), 0, 60, 30, 1.0, "js-class-exam-2");
        long failed = post(exam, w.token(), Map.of("classId", classModel)).expect(201).json().get("id").asLong();
        assertEquals(50, post("/api/v1/attempts/" + failed + "/submit", w.token(), answers(5)).expect(200).json().get("score").asInt());
        post("/api/v1/certificates", w.token(), Map.of("classId", classModel)).problem(409);
        long passed = post(exam, w.token(), Map.of("classId", classModel)).expect(201).json().get("id").asLong();
        assertEquals(70, post("/api/v1/attempts/" + passed + "/submit", w.token(), answers(7)).expect(200).json().get("score").asInt());
        JsonNode progress = get("/api/v1/learning/progress?classId=" + classModel, w.token()).expect(200).json();
        assertTrue(progress.toString(), progress.get("completed").asBoolean());
        assertEquals(201, post("/api/v1/certificates", w.token(), Map.of("classId", classModel)).status());
        JsonNode home = get(POLICY + "/classes/" + classModel + "/home", w.token()).expect(200).json();
        assertEquals("the class home: progress, exam, result", 100, home.get("progressPercent").asInt());
        assertEquals(70, home.get("classExamBestScore").asInt());
        assertTrue(home.get("completed").asBoolean() && home.get("certificateEligible").asBoolean());
        assertEquals(100, home.get("courses").get(1).get("watchedPercent").asInt());

        // (b): a quiz per course, retaken until it reaches 60, credits the course
        Course quizzed = course(60);
        long pkgB = post("/api/v1/packages", p.academic(), Map.of("name", "P" + nextSeq(), "courseIds", List.of(quizzed.id()))).expect(201)
                .json().get("id").asLong();
        long courseModel = post("/api/v1/classes", p.academic(), Map.of("name", "2026年度技师网络班", "policy", CODE, "startDate",
                "2026-01-01", "capacity", 100, "packageId", pkgB, "settings", Map.of("trainingYear", "2026", "grade", "TECHNICIAN",
                        "examModel", "COURSE"))).expect(201).json().get("id").asLong();
        post("/api/v1/classes/" + courseModel + "/transitions", p.academic(), Map.of("to", "OPEN")).expect(201);
        enrolled(w, courseModel);
        clockAt(platformNow().plusSeconds(600));
        play(new Setup(null, courseModel, quizzed, li), quizzed.chapters().get(0), 0, 60, 30, 1.0, "js-course-quiz-1");
        String quiz = "/api/v1/exams/" + quizzed.paperId() + "/attempts";
        Map<String, Object> start = Map.of("classId", courseModel, "courseId", quizzed.id());
        long low = post(quiz, w.token(), start).expect(201).json().get("id").asLong();
        JsonNode scored = post("/api/v1/attempts/" + low + "/submit", w.token(), answers(5)).expect(200).json();
        assertEquals(50, scored.get("score").asInt());
        post("/api/v1/certificates", w.token(), Map.of("classId", courseModel)).problem(409);
        long enough = post(quiz, w.token(), start).expect(201).json().get("id").asLong();
        assertEquals(60, post("/api/v1/attempts/" + enough + "/submit", w.token(), answers(6)).expect(200).json().get("score").asInt());
        JsonNode credited = get("/api/v1/learning/progress?classId=" + courseModel, w.token()).expect(200).json();
        assertTrue(credited.toString(), credited.get("courses").get(0).get("effective").asBoolean());
        assertEquals(201, post("/api/v1/certificates", w.token(), Map.of("classId", courseModel)).status());

        // JS-10: the year's archive lists both classes, completed, and prints
        JsonNode archive = get(POLICY + "/years/2026", w.token()).expect(200).json();
        assertEquals(archive.toString(), 2, archive.get("classes").size());
        archive.get("classes").forEach(c -> assertTrue(c.toString(), c.get("completed").asBoolean()));
        java.net.http.HttpResponse<byte[]> printed = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + POLICY + "/years/2026/archive.pdf")).header("Authorization", "Bearer " + w.token()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, printed.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(printed.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text, text.contains("Training year: 2026") && text.contains("Online class " + classModel));
        }
    }

    /** Uninstalling the policy mid-way: its classes answer 503, orders and payments are intact; reinstalled, the list resumes. */
    @Test
    public void removingThePolicyMidWayLosesNothingAndReinstallingResumes() throws Exception {
        Provider p = provider();
        long cls = openClass(p, 2026, "TECHNICIAN");
        long other = openClass(p, 2026, "TECHNICIAN");
        Worker w = register();
        post(POLICY + "/pre-enrolments", w.token(), Map.of("classId", cls)).expect(201);
        long order = checkout(w, List.of(cls)).get(0).get("id").asLong();
        pay(w, order);
        post(POLICY + "/pre-enrolments", w.token(), Map.of("classId", other)).expect(201);
        features.uninstallFeature("hourglass-policy-" + CODE);
        await("jiangsu policy gone", 60, () -> !policyState().equals("ACTIVE"));
        assertEquals(503, post("/api/v1/classes/" + cls + "/transitions", p.academic(), Map.of("to", "CLOSED")).status());
        assertEquals(503, get(POLICY + "/pre-enrolments", w.token()).status());
        assertEquals("PAID", get("/api/v1/orders/" + order, w.token()).expect(200).json().get("status").asText());
        assertEquals(1, get("/api/v1/orders/" + order + "/payments", w.token()).expect(200).json().size());
        assertEquals(200, get("/api/v1/health", null).status());
        features.installFeature("hourglass-policy-" + CODE);
        await("jiangsu policy back", 60, () -> policyState().equals("ACTIVE"));
        assertEquals(other, get(POLICY + "/pre-enrolments", w.token()).expect(200).json().get(0).get("offer").get("classId").asLong());
        assertTrue(onRoster(p, cls, w));
    }
}
