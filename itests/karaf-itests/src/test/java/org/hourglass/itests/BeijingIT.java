package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;

/**
 * The Beijing employer-subsidy policy bundle (issue 6) on the assembly: the calculator on the seed's worked
 * examples, and a whole class end to end — roster, copies bought and consumed by tasks, study by heartbeats,
 * exams, the estimate against a hand computation, survey and dispatch gates, the application that closes the
 * class, the simulated authority's status flow, the claim package recomputed identically, and an undeploy in
 * the middle that loses nothing. The end-to-end class runs with scaled tiers (1,2 hours) so that study takes
 * minutes of heartbeats, not days; the seed's 40/60/80 arithmetic is checked on the calculator.
 */
public class BeijingIT extends BeijingSupport {
    // ---- BJ-2 … BJ-8 -----------------------------------------------------------------------------

    @Test
    public void bj03_bj04_bj06_bj07_bj08_theCalculatorGivesTheSeedsWorkedExamples() {
        JsonNode q52 = calc(Map.of("FREE_ON_DEMAND", 60.0, "PAID_ON_DEMAND", 40.0));
        assertTrue(q52.get("eligible").asBoolean());
        assertEquals(100.0, q52.get("totalHours").asDouble(), 0.0);
        assertEquals(80, q52.get("tierHours").asInt());
        assertEquals("1400.00", q52.get("amount").asText());
        assertEquals("PAID_ON_DEMAND", q52.get("lines").get(0).get("type").asText());
        assertEquals("25.00", q52.get("lines").get(0).get("rate").asText());
        assertEquals("1000.00", q52.get("lines").get(0).get("amount").asText());
        JsonNode q56 = calc(Map.of("FREE_ON_DEMAND", 10.3, "PAID_ON_DEMAND", 15.8, "OWN_RECORDED", 13.9));
        assertEquals("800.00", q56.get("amount").asText());
        assertEquals(40, q56.get("tierHours").asInt());
        JsonNode under = calc(Map.of("PAID_ON_DEMAND", 39.9));
        assertFalse("BJ-3", under.get("eligible").asBoolean());
        assertEquals("0.00", under.get("amount").asText());
        JsonNode bad = post(BASE_PATH + "/calculator", admin, "{\"hours\":{\"LIVE\":1,\"FREE_ON_DEMAND\":1.25,\"OFFLINE\":-1}}")
                .problem(400);
        List<String> fields = bad.get("errors").findValuesAsText("field");
        assertTrue(fields.toString(), fields.containsAll(List.of("hours.LIVE", "hours.FREE_ON_DEMAND", "hours.OFFLINE")));
        post(BASE_PATH + "/calculator", null, Map.of("hours", Map.of())).problem(401);
    }

    @Test
    public void bj02_ratesAreConfigurationChangedAtRuntime() throws Exception {
        configure(Map.of("rateFreeOnDemand", "12.50", "tiers", "40,60,79"));
        assertEquals("60 h at the runtime rate", "750.00", calc(Map.of("FREE_ON_DEMAND", 60.0)).get("amount").asText());
        configure(Map.of());
        assertEquals("600.00", calc(Map.of("FREE_ON_DEMAND", 60.0)).get("amount").asText());
    }

    // ---- the whole flow ----------------------------------------------------------------------------

    @Test
    public void bj05_bj10_bj11_bj15_bj16_endToEnd_importBuyPublishStudyEstimateApplyPaidAndTheClaimRecomputesIdentically() throws Exception {
        configure(Map.of("thresholdHours", "1", "tiers", "1,2"));
        Course paid = course45("PAID_ON_DEMAND", "30.00");
        Course free = course45("FREE_ON_DEMAND", null);
        long pkg = post("/api/v1/packages", admin, Map.of("name", "BJ " + nextSeq(), "courseIds", List.of(paid.id(), free.id())))
                .expect(201).json().get("id").asLong();
        Org org = organization(admin);
        long cls = beijingClass(org, pkg);
        Learner li = learnerIn(org, cls);
        Learner wang = learnerIn(org, cls);

        // BJ-10: copies bought (paid online once), a task consumes one per learner, none left for a third course
        long order = post("/api/v1/orders", org.adminToken(), Map.of("policy", "beijing-subsidy", "lines", List.of(
                Map.of("kind", "COURSE_COPIES", "courseId", paid.id(), "quantity", 2)))).expect(201).json().get("id").asLong();
        post("/api/v1/orders/" + order + "/payments", org.adminToken(), Map.of("method", "ONLINE"), "Idempotency-Key", "bj-" + order)
                .expect(201);
        post("/api/v1/orders", org.adminToken(), Map.of("policy", "beijing-subsidy", "lines", List.of(
                Map.of("kind", "COURSE_COPIES", "courseId", free.id(), "quantity", 2)))).expect(201);
        post("/api/v1/classes/" + cls + "/tasks", org.adminToken(), Map.of("courseId", paid.id())).expect(201);
        post("/api/v1/classes/" + cls + "/tasks", org.adminToken(), Map.of("courseId", free.id())).expect(201);
        for (JsonNode s : get("/api/v1/stock", org.adminToken()).expect(200).json()) {
            assertEquals("every copy went to a learner: " + s, 0, s.get("available").asInt());
        }
        JsonNode noCopies = post("/api/v1/classes/" + cls + "/tasks", org.adminToken(), Map.of("courseId", course45("FREE_ON_DEMAND", null)
                .id())).problem(409);
        assertTrue(noCopies.get("detail").asText().startsWith("BJ-10:"));

        // study: Li watches both and passes both; Wang passes the paid course and fails the free one's exam
        watchAndPass(org, cls, paid, li, 10);
        watchAndPass(org, cls, free, li, 6);
        watchAndPass(org, cls, paid, wang, 7);
        watchAndPass(org, cls, free, wang, 5);

        // BJ-11: copies studied over 10 minutes are not refunded, and the rule says why
        JsonNode refund = post("/api/v1/orders/" + order + "/refunds", org.adminToken(), Map.of("kind", "REFUND")).problem(409);
        assertTrue(refund.get("detail").asText().startsWith("BJ-11:"));

        // the estimate against a hand computation: Li 1.0 paid + 1.0 free = 2.0 h, tier 2: 1×25 + 1×10 = 35;
        // Wang 1.0 paid (the free course's exam failed, C-37), tier 1: 25; the class 60.00
        JsonNode est = get(BASE_PATH + "/classes/" + cls + "/estimate", org.adminToken()).expect(200).json();
        assertEquals("60.00", est.get("total").asText());
        Map<Long, String> amounts = new java.util.HashMap<>();
        est.get("rows").forEach(r -> amounts.put(r.get("learnerId").asLong(), r.get("estimate").get("amount").asText()));
        assertEquals(Map.of(li.id(), "35.00", wang.id(), "25.00"), amounts);
        assertTrue("IDs are masked", est.get("rows").get(0).get("idNumber").asText().contains("********"));

        // undeploy mid-way: the policy's resources go, its classes answer 503, nothing is lost; redeploy resumes
        features.uninstallFeature(FEATURE);
        await("beijing resources answer 503 policy-not-deployed", 30, () -> {
            Answer a = get(BASE_PATH + "/classes/" + cls + "/estimate", org.adminToken());
            return a.status() == 503 && a.body().contains("/policy-not-deployed");
        });
        post("/api/v1/classes/" + cls + "/transitions", org.adminToken(), Map.of("to", "APPLIED")).problem(503);
        assertEquals(200, get("/api/v1/orders/" + order, org.adminToken()).status());
        features.installFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        await("beijing resources back", 60, () -> get(BASE_PATH + "/classes/" + cls + "/estimate", org.adminToken()).status() == 200);
        configure(Map.of("thresholdHours", "1", "tiers", "1,2"));
        assertEquals("60.00", get(BASE_PATH + "/classes/" + cls + "/estimate", org.adminToken()).expect(200).json().get("total").asText());

        // BJ-14 survey and BJ-15 dispatch agreement gates, then the application
        post(BASE_PATH + "/surveys", li.token(), Map.of("classId", cls, "answer", "POSITIVE")).expect(201);
        post(BASE_PATH + "/surveys", li.token(), Map.of("classId", cls, "answer", "NEGATIVE")).problem(409);
        post(BASE_PATH + "/surveys", wang.token(), Map.of("classId", cls, "answer", "NEUTRAL")).expect(201);
        post(BASE_PATH + "/dispatches", org.adminToken(), Map.of("learnerId", wang.id(), "dispatchCompany", "北京某劳务派遣公司")).expect(200);
        authority().decide(true, null, 300);
        JsonNode noAgreement = post(BASE_PATH + "/applications", org.adminToken(), Map.of("classId", cls)).problem(409);
        assertTrue(noAgreement.get("detail").asText(), noAgreement.get("detail").asText().startsWith("BJ-15:"));
        String pdf = java.util.Base64.getEncoder().encodeToString("%PDF-1.4 dispatch agreement".getBytes());
        post(BASE_PATH + "/dispatches", org.adminToken(), Map.of("learnerId", wang.id(), "dispatchCompany", "北京某劳务派遣公司",
                "agreementPdf", pdf)).expect(200);

        // BJ-1 (seed 000 Q2): every claimed learner is declared insured in Beijing and still employed
        JsonNode undeclared = post(BASE_PATH + "/applications", org.adminToken(), Map.of("classId", cls)).problem(409);
        assertTrue(undeclared.get("detail").asText(), undeclared.get("detail").asText().startsWith("BJ-1:")
                && undeclared.get("detail").asText().contains(Long.toString(li.id())));
        declareEligible(org, li, wang);
        JsonNode app = post(BASE_PATH + "/applications", org.adminToken(), Map.of("classId", cls)).expect(201).json();
        assertEquals("60.00", app.get("amount").asText());
        long appId = app.get("id").asLong();
        JsonNode closed = get("/api/v1/classes/" + cls, org.adminToken()).expect(200).json();
        assertEquals("APPLIED", closed.get("status").asText());
        assertEquals("BJ-15: the end date becomes the application date", "2026-03-02", closed.get("endDate").asText());
        post(BASE_PATH + "/applications", org.adminToken(), Map.of("classId", cls)).problem(409);
        // nothing counts after the application (BJ-15, C-34)
        Setup after = new Setup(org, cls, paid, li);
        assertEquals(0.0, beat(after, paid.chapters().get(0), 100, "player-after").expect(200).json().get("creditedSeconds").asDouble(), 0.0);
        JsonNode exam = post("/api/v1/exams/" + free.paperId() + "/attempts", wang.token(), Map.of("classId", cls, "courseId", free.id()))
                .problem(409);
        assertTrue("applying closes the class (BJ-15), and a closed class has no exams (C-42)", exam.get("detail").asText().startsWith("C-42:"));
        // C-5: the organisation's data is frozen while the application is under way
        Map<String, Object> edit = Map.of("name", "Renamed", "responsiblePerson", "Li Lei", "businessRegion", "Haidian", "insuredRegion",
                "Beijing");
        assertTrue(put("/api/v1/organizations/" + org.id(), org.adminToken(), edit).problem(409).get("detail").asText().startsWith("C-5:"));

        // BJ-16: the authority's statuses arrive in order and end paid
        await("the authority paid", 30, () -> "PAID".equals(get(BASE_PATH + "/applications/" + appId, org.adminToken()).json()
                .get("application").get("status").asText()));
        JsonNode detail = get(BASE_PATH + "/applications/" + appId, org.adminToken()).expect(200).json();
        List<String> statuses = new ArrayList<>();
        detail.get("events").forEach(e -> statuses.add(e.get("status").asText()));
        assertEquals(List.of("SUBMITTED", "INSURANCE_CHECK", "AUTHORITY_REVIEW", "PUBLIC_NOTICE", "PAID"), statuses);
        assertEquals("60.00", detail.get("application").get("paid").asText());

        // the claim package as filed recomputes identically from the facts
        JsonNode filed = get(BASE_PATH + "/applications/" + appId + "/claim", org.adminToken()).expect(200).json();
        JsonNode now = get(BASE_PATH + "/classes/" + cls + "/claim", org.adminToken()).expect(200).json();
        assertEquals(filed.get("sha256").asText(), now.get("sha256").asText());
        assertEquals("60.00", filed.get("claim").get("total").asText());
        assertEquals("北京某劳务派遣公司", filed.get("claim").get("learners").get(1).get("dispatchCompany").asText());
        assertEquals("1", filed.get("claim").get("parameters").get("thresholdHours").asText());
        // paid: the organisation's data is editable again (C-5)
        put("/api/v1/organizations/" + org.id(), org.adminToken(), edit).expect(200);

        // another organisation reaches none of it
        Org other = organization(admin);
        get(BASE_PATH + "/applications/" + appId, other.adminToken()).problem(404);
        get(BASE_PATH + "/classes/" + cls + "/estimate", other.adminToken()).problem(404);
    }

    // ---- gates -------------------------------------------------------------------------------------

    @Test
    public void bj01_bj09_onlyBeijingInsuredOrganisationsEnrolAndAClassHoldsTheConfiguredMaximum() throws Exception {
        Course c = course45("FREE_ON_DEMAND", null);
        long pkg = post("/api/v1/packages", admin, Map.of("name", "BJ " + nextSeq(), "courseIds", List.of(c.id()))).expect(201).json()
                .get("id").asLong();
        String phone = phone();
        JsonNode tianjin = post("/api/v1/organizations", admin, Map.of("name", "Tianjin Co " + nextSeq(), "creditCode", creditCode(),
                "responsiblePerson", "Zhao", "businessRegion", "Binhai", "insuredRegion", "Tianjin", "insuredRegionCode", "120116",
                "admin", Map.of("name", "Zhao", "phone", phone, "password", "org-admin-pass"))).expect(201).json();
        Org outside = new Org(tianjin.get("id").asLong(), phone, login(phone, "org-admin-pass"));
        long cls = beijingClass(outside, pkg);
        JsonNode report = post("/api/v1/classes/" + cls + "/roster", outside.adminToken(), List.of(Map.of("name", "Zhao Yun", "idNumber",
                idNumber()))).expect(200).json();
        assertTrue(report.toString(), report.toString().contains("BJ-1"));

        configure(Map.of("maxLearners", "2", "tiers", "40,60,78"));
        Org org = organization(admin);
        post("/api/v1/classes", org.adminToken(), Map.of("name", "Too big", "policy", "beijing-subsidy", "startDate", START,
                "capacity", 3, "packageId", pkg)).problem(400);
        long small = beijingClass(org, pkg, 2);
        JsonNode three = post("/api/v1/classes/" + small + "/roster", org.adminToken(), List.of(Map.of("name", "A", "idNumber", idNumber()),
                Map.of("name", "B", "idNumber", idNumber()), Map.of("name", "C", "idNumber", idNumber()))).problem(409);
        assertTrue("a file that can never fit is refused whole: " + three, three.get("detail").asText().startsWith("C-20:"));
        assertEquals(0, get("/api/v1/classes/" + small + "/roster", org.adminToken()).json().size());
        post("/api/v1/classes/" + small + "/roster", org.adminToken(), List.of(Map.of("name", "A", "idNumber", idNumber()),
                Map.of("name", "B", "idNumber", idNumber()))).expect(200);
        JsonNode full = post("/api/v1/classes/" + small + "/roster", org.adminToken(), List.of(Map.of("name", "C", "idNumber", idNumber())))
                .expect(200).json();
        assertEquals("BJ-9: at most the configured maximum: " + full, 1, full.get("rejected").asInt());
        assertEquals(2, get("/api/v1/classes/" + small + "/roster", org.adminToken()).json().size());
    }

    // ---- BJ-13 offline training, BJ-19 daily cap, BJ-12 invoices, shell ----------------------------

    @Test
    public void bj13_anOfflinePlanApprovedBeforeItStartsWithOneVideoPerHourBecomesEffectiveOfflineHours() throws Exception {
        configure(Map.of("thresholdHours", "1", "tiers", "1,2"));
        CourseClass setup = courseClass("FREE_ON_DEMAND", null);
        Course c = setup.course();
        Org org = setup.org();
        long cls = setup.cls();
        Learner a = learnerIn(org, cls);
        Map<String, Object> plan = new java.util.HashMap<>(Map.of("classId", cls, "title", "焊接实操", "deliveredBy", "北京市某职业技能培训学校",
                "startDate", "2026-03-02", "endDate", "2026-03-03", "hours", 2, "learnerIds", List.of(a.id())));
        assertTrue(post(BASE_PATH + "/offline-plans", org.adminToken(), plan).problem(409).get("detail").asText().startsWith("BJ-13:"));
        plan.put("startDate", "2026-03-10");
        plan.put("endDate", "2026-03-11");
        long id = post(BASE_PATH + "/offline-plans", org.adminToken(), plan).expect(201).json().get("id").asLong();
        byte[] clip = "....ftypmp42 ten seconds of welding".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(upload(org.adminToken(), id, "VIDEO", "video/mp4", clip).problem(409).get("detail").asText().startsWith("BJ-13:"));
        post(BASE_PATH + "/offline-plans/" + id + "/review", org.adminToken(), Map.of("approved", true)).problem(403);
        assertEquals("APPROVED", post(BASE_PATH + "/offline-plans/" + id + "/review", admin, Map.of("approved", true)).expect(200).json()
                .get("status").asText());

        clockAt(java.time.Instant.parse("2026-03-12T01:00:00Z"));
        admin = adminToken();
        String orgToken = login(org.adminPhone(), "org-admin-pass");
        upload(orgToken, id, "VIDEO", "video/mp4", clip).expect(201);
        upload(orgToken, id, "VIDEO", "text/plain", clip).problem(415);
        assertTrue(post(BASE_PATH + "/offline-plans/" + id + "/confirmation", orgToken, Map.of("hours", 2)).problem(409).get("detail")
                .asText().startsWith("BJ-13:"));
        upload(orgToken, id, "VIDEO", "video/mp4", clip).expect(201);
        assertEquals("CONFIRMED", post(BASE_PATH + "/offline-plans/" + id + "/confirmation", orgToken, Map.of("hours", 2)).expect(200)
                .json().get("status").asText());
        assertEquals("0.00", get(BASE_PATH + "/classes/" + cls + "/estimate", orgToken).expect(200).json().get("total").asText());
        assertEquals("RECOGNISED", post(BASE_PATH + "/offline-plans/" + id + "/review", admin, Map.of("approved", true)).expect(200)
                .json().get("status").asText());
        JsonNode est = get(BASE_PATH + "/classes/" + cls + "/estimate", orgToken).expect(200).json();
        assertEquals("2.0", est.get("rows").get(0).get("hoursByType").get("OFFLINE").asText());
        assertEquals("2 offline hours at 25 (BJ-2)", "50.00", est.get("total").asText());
        assertEquals(1, get(BASE_PATH + "/classes/" + cls + "/offline-plans", orgToken).expect(200).json().size());

        // "approved by the district authority before it starts": a plan whose start has passed can only be rejected, with a reason
        plan.put("startDate", "2026-03-13");
        plan.put("endDate", "2026-03-14");
        long late = post(BASE_PATH + "/offline-plans", orgToken, plan).expect(201).json().get("id").asLong();
        clockAt(java.time.Instant.parse("2026-03-13T02:00:00Z"));
        admin = adminToken();
        JsonNode tooLate = post(BASE_PATH + "/offline-plans/" + late + "/review", admin, Map.of("approved", true)).problem(409);
        assertTrue(tooLate.toString(), tooLate.get("detail").asText().startsWith("BJ-13:"));
        post(BASE_PATH + "/offline-plans/" + late + "/review", admin, Map.of("approved", false)).problem(400); // a reason is required
        assertEquals("REJECTED", post(BASE_PATH + "/offline-plans/" + late + "/review", admin, Map.of("approved", false, "reason",
                "filed too late")).expect(200).json().get("status").asText());
    }

    private Answer upload(String token, long plan, String kind, String type, byte[] body) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + BASE_PATH + "/offline-plans/" + plan + "/files?kind=" + kind)).header("Content-Type", type)
                .header("Authorization", "Bearer " + token).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }

    @Test
    public void bj19_bj10_creditStopsAtTheDailyCapAndNobodyStudiesWithoutACopy() throws Exception {
        configure(Map.of("dailyCapHours", "1", "tiers", "40,60,77"));
        long paper = paper();
        Map<String, Object> body = course("FREE_ON_DEMAND", null, 5400);
        body.put("paperId", paper);
        JsonNode created = post("/api/v1/courses", admin, body).expect(201).json();
        Course c = new Course(created.get("id").asLong(), List.of(created.get("chapters").get(0).get("id").asLong()), paper);
        long pkg = post("/api/v1/packages", admin, Map.of("name", "BJ " + nextSeq(), "courseIds", List.of(c.id()))).expect(201).json()
                .get("id").asLong();
        Org org = organization(admin);
        long cls = beijingClass(org, pkg);
        post("/api/v1/orders", org.adminToken(), Map.of("policy", "beijing-subsidy", "lines", List.of(Map.of("kind", "COURSE_COPIES",
                "courseId", c.id(), "quantity", 1)))).expect(201);
        Learner l = learnerIn(org, cls);
        post("/api/v1/classes/" + cls + "/tasks", org.adminToken(), Map.of("courseId", c.id())).expect(201);
        double credited = play(new Setup(org, cls, c, l), c.chapters().get(0), 0, 4200, 120, 1.0, "player-cap");
        assertEquals("70 minutes watched, 60 credited today", 3600.0, credited, 0.0);
        // BJ-10: a learner who joined after the task holds no copy and cannot study the course
        Learner late = learnerIn(org, cls);
        JsonNode noCopy = beat(new Setup(org, cls, c, late), c.chapters().get(0), 0, "player-late").problem(409);
        assertTrue(noCopy.get("detail").asText().startsWith("BJ-10:"));
    }

    @Test
    public void bj12_theCopiesInvoiceIsIssuedByTheCourseProviderOnce() {
        Course paid = course45("PAID_ON_DEMAND", "45.00");
        Org org = organization(admin);
        long order = post("/api/v1/orders", org.adminToken(), Map.of("policy", "beijing-subsidy", "lines", List.of(Map.of("kind",
                "COURSE_COPIES", "courseId", paid.id(), "quantity", 4)))).expect(201).json().get("id").asLong();
        post("/api/v1/orders/" + order + "/payments", org.adminToken(), Map.of("method", "ONLINE"), "Idempotency-Key", "i-" + order).expect(201);
        Map<String, Object> ask = Map.of("orderId", order, "type", "SPECIAL",
                "delivery", "EMAIL", "email", "finance@example.com");
        JsonNode inv = post("/api/v1/invoices", org.adminToken(), ask).expect(201).json();
        assertEquals("Capital Vocational School", inv.get("issuer").asText());
        assertEquals("180.00", inv.get("amount").asText());
        assertTrue(post("/api/v1/invoices", org.adminToken(), ask).problem(409).get("detail").asText().startsWith("BJ-12:"));
        // BJ-11: an invoiced order is not refunded
        assertTrue(post("/api/v1/orders/" + order + "/refunds", org.adminToken(), Map.of("kind", "REFUND")).problem(409).get("detail")
                .asText().contains("invoiced"));
    }

    @Test
    public void shellCommandsShowEstimatesAndApplications() throws Exception {
        CourseClass setup = courseClass("FREE_ON_DEMAND", null);
        Course c = setup.course();
        Org org = setup.org();
        long cls = setup.cls();
        Learner l = learnerIn(org, cls);
        String estimate = execute("beijing:estimate " + cls);
        assertTrue(estimate, estimate.contains(Long.toString(l.id())) && estimate.contains("********") && !estimate.contains(l.idNumber()));
        assertTrue(execute("beijing:applications"), execute("beijing:applications").contains("claim sha256"));
    }
}
