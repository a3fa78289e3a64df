package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hourglass.api.messaging.CodePurpose;
import org.junit.Before;
import org.junit.Test;

/**
 * The jiangsu-credits policy (seeds 002 and 001, JS-1 … JS-11) on the real assembly, installed at runtime like any policy:
 * a public-institution worker registers himself, finds the classes of his training year and grade, checks out several
 * from his pre-enrolment list (one order per provider), pays and finds them open; the face-to-face class and the
 * equivalent-credit declarations of his year. One Karaf boot; each test its own providers and learners.
 */
public class JiangsuIT extends StudySupport {
    static final String CODE = "jiangsu-credits";
    static final String POLICY = "/api/v1/policies/" + CODE;

    @Before
    public void jiangsuPolicy() throws Exception {
        if (!get("/api/v1/policies", null).body().contains("\"" + CODE + "\"")) {
            features.installFeature("hourglass-policy-" + CODE);
        }
        await("jiangsu policy live", 60, () -> policyState().equals("ACTIVE"));
    }

    private String policyState() {
        for (JsonNode p : get("/api/v1/policies", null).expect(200).json()) {
            if (p.get("code").asText().equals(CODE)) {
                return p.get("state").asText();
            }
        }
        return "ABSENT";
    }

    /** A training provider (an institution) and its academic admin. */
    record Provider(long id, String academic) {
    }

    private Provider provider() {
        long id = post("/api/v1/institutions", admin, Map.of("name", "江苏某继续教育培训中心 " + nextSeq(), "creditCode", creditCode()))
                .expect(201).json().get("id").asLong();
        String user = "academic" + nextSeq();
        post("/api/v1/staff", admin, Map.of("username", user, "name", "教务", "role", "ACADEMIC_ADMIN", "password", "staff-pass-1",
                "institutionId", id)).expect(201);
        return new Provider(id, login(user, "staff-pass-1"));
    }

    /** An open class of the provider for a training year and grade, on a package of one 60-second course. */
    private long openClass(Provider p, int year, String grade) {
        Course course = course(60);
        long pkg = post("/api/v1/packages", p.academic(), Map.of("name", "P" + nextSeq(), "courseIds", List.of(course.id()))).expect(201)
                .json().get("id").asLong();
        long cls = post("/api/v1/classes", p.academic(), Map.of("name", year + "年度" + grade + "网络班", "policy", CODE, "startDate",
                year + "-01-01", "capacity", 100, "packageId", pkg, "settings", Map.of("trainingYear", Integer.toString(year), "grade", grade)))
                .expect(201).json().get("id").asLong();
        post("/api/v1/classes/" + cls + "/transitions", p.academic(), Map.of("to", "OPEN")).expect(201);
        return cls;
    }

    /** JS-1 (seed 002 "新用户注册"): name, ID number, phone and its code; he is logged in afterwards. */
    record Worker(long id, String phone, String token) {
    }

    private Worker register() {
        String phone = phone();
        post("/api/v1/auth/verification-codes", null, Map.of("purpose", "REGISTRATION", "phone", phone)).expect(202);
        long id = post("/api/v1/auth/registrations", null, Map.of("name", "张三", "idNumber", idNumber(), "phone", phone, "password",
                "keep-learning-1", "code", sentCode(phone, CodePurpose.REGISTRATION))).expect(201).json().get("id").asLong();
        return new Worker(id, phone, login(phone, "keep-learning-1"));
    }

    private Worker again(Worker w) {
        return new Worker(w.id(), w.phone(), login(w.phone(), "keep-learning-1"));
    }

    private List<JsonNode> checkout(Worker w, List<Long> classIds) {
        List<JsonNode> orders = new ArrayList<>();
        post(POLICY + "/pre-enrolments/checkout", w.token(), Map.of("classIds", classIds, "invoice", Map.of("title", "张三", "delivery",
                "EMAIL"))).expect(201).json().forEach(orders::add);
        return orders;
    }

    private void pay(Worker w, long order) {
        assertEquals("SUCCEEDED", post("/api/v1/orders/" + order + "/payments", w.token(), Map.of("method", "ONLINE"), "Idempotency-Key",
                "js-" + order).expect(201).json().get("status").asText());
    }

    private boolean onRoster(Provider p, long cls, Worker w) {
        for (JsonNode r : get("/api/v1/classes/" + cls + "/roster", p.academic()).expect(200).json()) {
            if (r.get("learnerId").asLong() == w.id()) {
                return true;
            }
        }
        return false;
    }

    /**
     * JS-1, JS-2 (seed 002 §4: "根据培训年度、技术等级搜索", "将要报的多个班级一起加入预报名清单后 … 结算"), JS-3 ("确认班级信息、费用、
     * 发票抬头、发票配送方式后，点击'提交订单'", "缴费成功后，开通班级"): one order per provider, each class opened by its payment.
     */
    @Test
    public void js01_js02_js03_aWorkerRegistersFindsHisYearsClassesChecksOutTwoTogetherAndPayingOpensEach() {
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

        // JS-3 / JS-11: the invoice carries the title given with the order
        assertEquals("张三", post("/api/v1/invoices", w.token(), Map.of("orderId", orderOf.get(first), "type", "NORMAL", "email",
                "zhangsan@example.com")).expect(201).json().get("title").asText());
        assertEquals(2, get("/api/v1/orders", w.token()).expect(200).json().size());

        // JS-3 "a refund before study takes him off the roster"
        JsonNode refund = post("/api/v1/orders/" + orderOf.get(second) + "/refunds", w.token(), Map.of("kind", "REFUND", "reason",
                "报错班级")).expect(201).json();
        assertEquals("COMPLETED", refund.get("status").asText());
        assertEquals("100.00", refund.get("amount").asText());
        assertEquals("REFUNDED", get("/api/v1/orders/" + orderOf.get(second), w.token()).expect(200).json().get("status").asText());
        assertTrue("the refund took him off the class", !onRoster(b, second, w));
    }

    /** A worker enrolled in a class through his list, paid: a study-ready learner of it. */
    private Learner enrolled(Worker w, long cls) {
        post(POLICY + "/pre-enrolments", w.token(), Map.of("classId", cls)).expect(201);
        pay(w, checkout(w, List.of(cls)).get(0).get("id").asLong());
        return new Learner(w.id(), "", w.token());
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
     * JS-1 (seed 001 "请仔细核对个人信息是否有误，若信息有误请联系工考办进行修改"): a learner does not edit his personal data; he asks,
     * the office approves or refuses, the account is corrected with the approval, and the request keeps before and after.
     */
    @Test
    public void js01_personalDataIsCorrectedOnlyThroughTheOffice() {
        Worker w = register();
        String mine = "/api/v1/learners/" + w.id() + "/corrections";
        assertEquals("reason", post(mine, w.token(), Map.of("name", "张叁")).problem(400).get("errors").get(0).get("field").asText());
        assertEquals("name", post(mine, w.token(), Map.of("name", "张三", "reason", "同名")).problem(400).get("errors").get(0).get("field")
                .asText());
        post(mine, register().token(), Map.of("name", "张叁", "reason", "x")).problem(404);
        JsonNode asked = post(mine, w.token(), Map.of("name", "张叁", "reason", "身份证上为“叁”")).expect(201).json();
        assertEquals("PENDING", asked.get("status").asText());
        assertTrue("masked for the learner", asked.get("idNumber").asText().contains("*"));
        assertTrue(post(mine, w.token(), Map.of("gender", "MALE", "reason", "again")).problem(409).get("detail").asText().startsWith("JS-1:"));
        String office = reviewer(null);
        long id = asked.get("id").asLong();
        boolean queued = false;
        for (JsonNode c : get("/api/v1/corrections", office).expect(200).json()) {
            queued |= c.get("id").asLong() == id && !c.get("idNumber").asText().contains("*");
        }
        assertTrue("the office's queue shows it, the ID number whole", queued);
        get("/api/v1/corrections", w.token()).problem(403);
        post("/api/v1/corrections/" + id + "/decision", w.token(), Map.of("decision", "APPROVE")).problem(403);
        assertEquals("opinion", post("/api/v1/corrections/" + id + "/decision", office, Map.of("decision", "REFUSE")).problem(400)
                .get("errors").get(0).get("field").asText());
        assertEquals("APPROVED", post("/api/v1/corrections/" + id + "/decision", office, Map.of("decision", "APPROVE", "opinion",
                "已核对身份证")).expect(200).json().get("status").asText());
        post("/api/v1/corrections/" + id + "/decision", office, Map.of("decision", "REFUSE", "opinion", "x")).problem(409);
        assertEquals("张叁", get("/api/v1/learners/" + w.id(), w.token()).expect(200).json().get("name").asText());
        JsonNode audit = get(mine, w.token()).expect(200).json().get(0);
        assertEquals("张三", audit.get("previousName").asText());
        assertEquals("张叁", audit.get("name").asText());
        assertTrue(!audit.get("decidedBy").isNull() && !audit.get("decidedAt").isNull());
    }

    /**
     * JS-9 (seed 002 §5(五) "可报当前年度的面授班（前提是当前年度未报过网授班）", "三天内可取消报名", "打印报名表"): refused while an online
     * class of the year exists, and the other way round; cancelled on day 3 (the registration day is day 0), refused on day 4.
     */
    @Test
    public void js09_theFaceToFaceClassExcludesOnlineClassesOfTheYearAndIsCancelledOnlyWithinThreeDays() throws Exception {
        Provider p = provider();
        long online = openClass(p, 2026, "JUNIOR");
        Worker enrolled = register();
        post(POLICY + "/pre-enrolments", enrolled.token(), Map.of("classId", online)).expect(201);
        pay(enrolled, checkout(enrolled, List.of(online)).get(0).get("id").asLong());
        assertTrue(post(POLICY + "/face-to-face", enrolled.token(), Map.of()).problem(409).get("detail").asText().startsWith("JS-9:"));

        Worker w = register();
        JsonNode reg = post(POLICY + "/face-to-face", w.token(), Map.of()).expect(201).json();
        assertEquals(2026, reg.get("trainingYear").asInt());
        assertEquals("2026-03-05", reg.get("cancellableUntil").asText());
        post(POLICY + "/face-to-face", w.token(), Map.of()).problem(409);
        assertTrue(post(POLICY + "/pre-enrolments", w.token(), Map.of("classId", online)).problem(409).get("detail").asText()
                .startsWith("JS-9:"));
        java.net.http.HttpResponse<byte[]> form = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + POLICY + "/face-to-face/" + reg.get("id").asLong() + "/form.pdf"))
                .header("Authorization", "Bearer " + w.token()).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, form.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(form.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text, text.contains("2026") && text.contains("Registration " + reg.get("id").asLong()));
        }
        get(POLICY + "/face-to-face/" + reg.get("id").asLong() + "/form.pdf", enrolled.token()).problem(404);

        clockAt(Instant.parse("2026-03-05T01:00:00Z")); // day 3
        w = again(w);
        assertTrue(!post(POLICY + "/face-to-face/" + reg.get("id").asLong() + "/cancellation", w.token(), Map.of()).expect(200).json()
                .get("cancelledAt").isNull());
        long second = post(POLICY + "/face-to-face", w.token(), Map.of()).expect(201).json().get("id").asLong();
        clockAt(Instant.parse("2026-03-09T01:00:00Z")); // day 4 of the second registration
        w = again(w);
        assertTrue(post(POLICY + "/face-to-face/" + second + "/cancellation", w.token(), Map.of()).problem(409).get("detail").asText()
                .startsWith("JS-9:"));
        assertEquals(2, get(POLICY + "/face-to-face", w.token()).expect(200).json().size());
    }

    /**
     * JS-8 (seed 002 §5(四) "视同申报审批通过的可抵扣相应的继续教育时长 … 仅适用于当年申报以抵扣当年继续教育，不得结转下年度", "前往申报所属
     * 地市工考办进行审批", "根据申报类型、审批状态、申报时间交叉查询"): the city's office approves; that year's requirement shrinks,
     * the next year's does not.
     */
    @Test
    public void js08_anApprovedDeclarationDeductsFromThatYearsRequirementAndNotTheNext() {
        Worker w = register();
        Map<String, Object> form = new HashMap<>(Map.of("kind", "SEMINAR", "title", "全省工勤技能研修班", "organizer", "江苏省人社厅",
                "startDate", "2026-02-10", "endDate", "2026-02-12", "hours", 12.5, "city", "苏州"));
        String declarations = POLICY + "/declarations";
        Map<String, Object> tooMuch = new HashMap<>(form);
        tooMuch.put("hours", 30);
        assertEquals("hours", post(declarations, w.token(), tooMuch).problem(400).get("errors").get(0).get("field").asText());
        Map<String, Object> lastYear = new HashMap<>(form);
        lastYear.put("endDate", "2025-12-20");
        lastYear.put("startDate", "2025-12-18");
        assertEquals("endDate", post(declarations, w.token(), lastYear).problem(400).get("errors").get(0).get("field").asText());
        Map<String, Object> badKind = new HashMap<>(form);
        badKind.put("kind", "HOLIDAY");
        assertEquals("kind", post(declarations, w.token(), badKind).problem(400).get("errors").get(0).get("field").asText());
        long id = post(declarations, w.token(), form).expect(201).json().get("id").asLong();

        String suzhou = reviewer("苏州");
        String nanjing = reviewer("南京");
        String nowhere = reviewer(null);
        String decide = declarations + "/" + id + "/decision";
        post(decide, nanjing, Map.of("decision", "APPROVE")).problem(404);
        post(decide, nowhere, Map.of("decision", "APPROVE")).problem(403);
        post(decide, w.token(), Map.of("decision", "APPROVE")).problem(403);
        assertEquals("opinion", post(decide, suzhou, Map.of("decision", "REFUSE")).problem(400).get("errors").get(0).get("field").asText());
        assertEquals("APPROVED", post(decide, suzhou, Map.of("decision", "APPROVE", "opinion", "材料齐全")).expect(200).json()
                .get("status").asText());
        post(decide, suzhou, Map.of("decision", "REFUSE", "opinion", "again")).problem(409);

        JsonNode year = get(POLICY + "/years/2026", w.token()).expect(200).json();
        assertEquals(72.0, year.get("requiredHours").asDouble(), 0.0);
        assertEquals(12.5, year.get("declaredHours").asDouble(), 0.0);
        assertEquals(59.5, year.get("remainingHours").asDouble(), 0.0);
        assertEquals("never carried forward", 72.0, get(POLICY + "/years/2027", w.token()).expect(200).json().get("remainingHours")
                .asDouble(), 0.0);
        assertEquals(1, get(declarations + "?status=APPROVED&kind=SEMINAR&from=2026-03-01&to=2026-03-31", w.token()).expect(200).json()
                .size());
        assertEquals(0, get(declarations + "?kind=OTHER", w.token()).expect(200).json().size());
        assertEquals("status", get(declarations + "?status=MAYBE", w.token()).problem(400).get("errors").get(0).get("field").asText());
        assertTrue(get(declarations, suzhou).expect(200).json().toString().contains("\"id\":" + id));
        assertTrue(!get(declarations, nanjing).expect(200).json().toString().contains("\"id\":" + id));
        assertEquals(0, get(declarations, register().token()).expect(200).json().size());
    }

    /** A platform reviewer, acting for a city's examination office when {@code city} is given (JS-8). */
    private String reviewer(String city) {
        String user = "office" + nextSeq();
        long id = post("/api/v1/staff", admin, Map.of("username", user, "name", "工考办", "role", "REVIEWER", "password", "staff-pass-1"))
                .expect(201).json().get("id").asLong();
        if (city != null) {
            put(POLICY + "/city-reviewers/" + id, admin, Map.of("city", city)).expect(200);
        }
        return login(user, "staff-pass-1");
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
