package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hourglass.api.commerce.CourseStock;
import org.hourglass.api.payment.ChargeStatus;
import org.hourglass.api.payment.GatewayNotification;
import org.hourglass.external.simulation.SimulatedBank;
import org.junit.After;
import org.junit.Test;
import org.osgi.framework.ServiceReference;

/**
 * Orders, payments, invoices, refunds, course-copy stock and prepaid balances (issue 5) through REST on the
 * assembly, under the fixture policy's refund rule FX-2 (shaped like BJ-11) and the simulated bank.
 */
public class CommerceIT extends StudySupport {
    @After
    public void bankBackToNormal() {
        bank().answerCharges(ChargeStatus.SUCCEEDED);
    }

    // ---- fixtures --------------------------------------------------------------------------------

    private <T> T service(Class<T> type) {
        ServiceReference<T> ref = bundleContext.getServiceReference(type);
        assertTrue(type.getSimpleName() + " is deployed", ref != null);
        return bundleContext.getService(ref);
    }

    private SimulatedBank bank() {
        return service(SimulatedBank.class);
    }

    private long paidCourse(String price) {
        return post("/api/v1/courses", admin, pricedCourse(admin, "PAID_ON_DEMAND", price, 1200)).expect(201).json().get("id").asLong();
    }

    private JsonNode buyCopies(Org org, long course, int copies) {
        return post("/api/v1/orders", org.adminToken(), Map.of("policy", "fixture", "lines",
                List.of(Map.of("kind", "COURSE_COPIES", "courseId", course, "quantity", copies)))).expect(201).json();
    }

    private Answer pay(String token, long order, String key) {
        return post("/api/v1/orders/" + order + "/payments", token, Map.of("method", "ONLINE"), "Idempotency-Key", key);
    }

    private List<String> actions(long order, String token) {
        List<String> out = new ArrayList<>();
        get("/api/v1/orders/" + order + "/events", token).expect(200).json().forEach(e -> out.add(e.get("action").asText()));
        return out;
    }

    private JsonNode stockOf(Org org, long course) {
        for (JsonNode s : get("/api/v1/stock", org.adminToken()).expect(200).json()) {
            if (s.get("courseId").asLong() == course) {
                return s;
            }
        }
        throw new AssertionError("no stock of course " + course);
    }

    /** An organisation's invoice request: title and taxpayer id are its registered ones (issue 14 item 10). */
    private static Map<String, Object> invoice(long order) {
        return Map.of("orderId", order, "type", "NORMAL", "delivery", "EMAIL", "email", "finance@example.com");
    }

    // ---- orders and payments ---------------------------------------------------------------------

    @Test
    public void bj10_bj12_anOrderIsPricedByTheServerPaidOnceDespiteRetriesInvoicedOnceAndAudited() throws Exception {
        Org org = organization(admin);
        long course = paidCourse("120.00");
        JsonNode order = buyCopies(org, course, 3);
        long id = order.get("id").asLong();
        assertEquals("CREATED", order.get("status").asText());
        assertEquals("360.00", order.get("total").asText());
        // issue 14 item 14: the seller (and invoice issuer) is the course's provider institution, by id, as registered
        assertEquals("INSTITUTION", order.get("seller").get("kind").asText());
        assertEquals(get("/api/v1/courses/" + course, admin).expect(200).json().get("providerId").asLong(), order.get("seller").get("id").asLong());
        assertEquals("Capital Vocational School", order.get("seller").get("name").asText());

        JsonNode first = pay(org.adminToken(), id, "pay-" + id).expect(201).json();
        assertEquals("SUCCEEDED", first.get("status").asText());
        JsonNode replay = pay(org.adminToken(), id, "pay-" + id).expect(200).json();
        assertEquals("a retry returns the first payment", first.get("id").asLong(), replay.get("id").asLong());
        assertEquals("the bank charged once", 1, bank().timesCharged("HGP" + first.get("id").asLong()));
        JsonNode again = pay(org.adminToken(), id, "another-key").problem(409);
        assertTrue(again.get("detail").asText().contains("PAID"));
        JsonNode paid = get("/api/v1/orders/" + id, org.adminToken()).expect(200).json();
        assertEquals("PAID", paid.get("status").asText());
        assertEquals("360.00", paid.get("paid").asText());
        assertEquals(1, get("/api/v1/orders/" + id + "/payments", org.adminToken()).expect(200).json().size());
        JsonNode stock = stockOf(org, course);
        assertEquals(3, stock.get("purchased").asInt());
        assertEquals(3, stock.get("available").asInt());

        // issue 14 item 10: a SPECIAL invoice was issued under another organisation's credit code; the buyer's registered
        // name and credit code are what an organisation's invoice carries, nothing typed in instead
        JsonNode registered = get("/api/v1/organizations/" + org.id(), org.adminToken()).expect(200).json();
        Map<String, Object> otherCode = new java.util.HashMap<>(invoice(id));
        otherCode.put("taxpayerId", creditCode());
        otherCode.put("type", "SPECIAL");
        assertEquals("taxpayerId", post("/api/v1/invoices", org.adminToken(), otherCode).problem(400).get("errors").get(0).get("field").asText());
        Map<String, Object> otherTitle = new java.util.HashMap<>(invoice(id));
        otherTitle.put("title", "=HYPERLINK(\"http://evil.example\")");
        assertEquals("title", post("/api/v1/invoices", org.adminToken(), otherTitle).problem(400).get("errors").get(0).get("field").asText());

        // BJ-12 mechanics: invoiced once, in the seller's name, PDF kept as issued
        JsonNode inv = post("/api/v1/invoices", org.adminToken(), invoice(id)).expect(201).json();
        assertEquals("Capital Vocational School", inv.get("issuer").asText());
        assertEquals(registered.get("name").asText(), inv.get("title").asText());
        assertEquals(registered.get("creditCode").asText(), inv.get("taxpayerId").asText());
        assertEquals("360.00", inv.get("amount").asText());
        JsonNode twice = post("/api/v1/invoices", org.adminToken(), invoice(id)).problem(409);
        assertTrue(twice.get("detail").asText().startsWith("BJ-12:"));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/invoices/"
                + inv.get("id").asLong() + ".pdf")).header("Authorization", "Bearer " + org.adminToken()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(1, get("/api/v1/invoices?orderId=" + id, org.adminToken()).expect(200).json().size());

        // FX-2 (BJ-11 shape): an invoiced order is not refunded, with the rule id; nothing changes
        JsonNode refused = post("/api/v1/orders/" + id + "/refunds", org.adminToken(), Map.of("kind", "REFUND")).problem(409);
        assertTrue(refused.get("detail").asText().startsWith("FX-2:"));
        assertEquals("PAID", get("/api/v1/orders/" + id, org.adminToken()).expect(200).json().get("status").asText());

        List<String> trail = actions(id, org.adminToken());
        assertEquals(List.of("created", "payment-started", "paid", "invoiced"), trail);
        JsonNode created = get("/api/v1/orders/" + id + "/events", org.adminToken()).expect(200).json().get(0);
        assertTrue("who: " + created, created.get("actor").asText().startsWith("ORG_ADMIN#"));
        assertTrue(created.has("at"));
    }

    @Test
    public void bj11_aRefundAllowedByThePolicyReturnsEveryCentVoidsTheCopiesAndIsAudited() throws Exception {
        Org org = organization(admin);
        long course = paidCourse("33.33");
        long id = buyCopies(org, course, 3).get("id").asLong();
        long payment = pay(org.adminToken(), id, "r-" + id).expect(201).json().get("id").asLong();
        JsonNode refund = post("/api/v1/orders/" + id + "/refunds", org.adminToken(), Map.of("kind", "REFUND", "reason", "wrong course"))
                .expect(201).json();
        assertEquals("COMPLETED", refund.get("status").asText());
        assertEquals("99.99", refund.get("amount").asText());
        assertEquals(3, refund.get("copies").asInt());
        JsonNode o = get("/api/v1/orders/" + id, org.adminToken()).expect(200).json();
        assertEquals("REFUNDED", o.get("status").asText());
        assertEquals("not a cent of drift", o.get("paid").asText(), o.get("refunded").asText());
        assertEquals("99.99", bank().refunded("HGP" + payment));
        assertEquals(3, o.get("lines").get(0).get("voided").asInt());
        JsonNode stock = stockOf(org, course);
        assertEquals(0, stock.get("available").asInt());
        assertEquals(3, stock.get("voided").asInt());
        post("/api/v1/orders/" + id + "/refunds", org.adminToken(), Map.of("kind", "REFUND")).problem(409);
        assertEquals("99.99", bank().refunded("HGP" + payment));
        assertEquals(List.of("created", "payment-started", "paid", "refunded"), actions(id, org.adminToken()));
        // after a refund the order cannot be invoiced
        post("/api/v1/invoices", org.adminToken(), invoice(id)).problem(409);
    }

    @Test
    public void bj11_aRefundAfter15DaysIsRefusedWithTheRuleAndChangesNothing() throws Exception {
        Org org = organization(admin);
        long id = buyCopies(org, paidCourse("80.00"), 1).get("id").asLong();
        pay(org.adminToken(), id, "late-" + id).expect(201);
        clockAt(platformNow().plusSeconds(15 * 86400 + 1));
        String token = login(org.adminPhone(), "org-admin-pass"); // sessions last 8 hours
        JsonNode refused = post("/api/v1/orders/" + id + "/refunds", token, Map.of("kind", "REFUND")).problem(409);
        assertTrue(refused.get("detail").asText().startsWith("FX-2:"));
        JsonNode o = get("/api/v1/orders/" + id, token).expect(200).json();
        assertEquals("PAID", o.get("status").asText());
        assertEquals("0.00", o.get("refunded").asText());
        assertEquals(List.of(), get("/api/v1/orders/" + id + "/refunds", token).expect(200).json().findValues("id"));
    }

    @Test
    public void aDeclinedChargeLeavesTheOrderUnpaidAndAPendingOneIsSettledBySignedNotificationOnce() throws Exception {
        Org org = organization(admin);
        long id = buyCopies(org, paidCourse("10.00"), 2).get("id").asLong();
        bank().answerCharges(ChargeStatus.FAILED);
        JsonNode failed = pay(org.adminToken(), id, "f-" + id).expect(201).json();
        assertEquals("FAILED", failed.get("status").asText());
        assertEquals("CREATED", get("/api/v1/orders/" + id, org.adminToken()).expect(200).json().get("status").asText());

        bank().answerCharges(ChargeStatus.PENDING);
        JsonNode pending = pay(org.adminToken(), id, "p-" + id).expect(201).json();
        assertEquals("PENDING", pending.get("status").asText());
        pay(org.adminToken(), id, "p2-" + id).problem(409); // one payment at a time
        GatewayNotification n = bank().settle("HGP" + pending.get("id").asLong(), true);
        Map<String, Object> forged = new HashMap<>(Map.of("gatewayRef", n.gatewayRef(), "paymentRef", n.paymentRef(), "status", "SUCCEEDED",
                "amount", n.amount(), "signature", "0".repeat(64)));
        post("/api/v1/payments/notifications", null, forged).problem(400);
        assertEquals("CREATED", get("/api/v1/orders/" + id, org.adminToken()).expect(200).json().get("status").asText());
        Map<String, Object> real = new HashMap<>(forged);
        real.put("signature", n.signature());
        post("/api/v1/payments/notifications", null, real).expect(204);
        post("/api/v1/payments/notifications", null, real).expect(204);
        JsonNode o = get("/api/v1/orders/" + id, org.adminToken()).expect(200).json();
        assertEquals("PAID", o.get("status").asText());
        assertEquals("20.00", o.get("paid").asText());
        assertEquals(List.of("created", "payment-started", "payment-failed", "payment-started", "paid"), actions(id, org.adminToken()));
    }

    @Test
    public void racingPaymentsWithDifferentKeysChargeOnce() throws Exception {
        Org org = organization(admin);
        long id = buyCopies(org, paidCourse("15.00"), 1).get("id").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String key = "race-" + id + "-" + i;
                answers.add(pool.submit((Callable<Answer>) () -> pay(org.adminToken(), id, key)));
            }
            int created = 0;
            for (Future<Answer> f : answers) {
                Answer a = f.get();
                assertTrue("201 or 409, never 500: " + a.status() + " " + a.body(), a.status() == 201 || a.status() == 409);
                created += a.status() == 201 ? 1 : 0;
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        JsonNode payments = get("/api/v1/orders/" + id + "/payments", org.adminToken()).expect(200).json();
        assertEquals(1, payments.size());
        assertEquals(1, bank().timesCharged("HGP" + payments.get(0).get("id").asLong()));
    }

    @Test
    public void ordersAreValidatedWithEveryFieldAndSeenOnlyByTheirParties() {
        Org org = organization(admin);
        Org other = organization(admin);
        long course = paidCourse("50.00");
        JsonNode bad = post("/api/v1/orders", org.adminToken(), Map.of("lines", List.of(
                Map.of("kind", "COURSE_COPIES", "courseId", course, "quantity", 0),
                Map.of("kind", "BILLED_HEADS", "quantity", 3),
                Map.of("kind", "COURSE_COPIES", "courseId", 999_999, "quantity", 1)))).problem(400);
        List<String> fields = bad.get("errors").findValuesAsText("field");
        assertTrue(fields.toString(), fields.containsAll(List.of("lines[0].quantity", "lines[1].kind", "lines[2].courseId")));
        post("/api/v1/orders", org.adminToken(), Map.of("policy", "fixture", "lines", List.of())).problem(400);
        post("/api/v1/orders", org.adminToken(), Map.of("lines", List.of(Map.of("kind", "COURSE_COPIES", "courseId", course,
                "quantity", 1)))).problem(400); // no policy
        post("/api/v1/orders", org.adminToken(), Map.of("policy", "no-such-policy", "lines", List.of(Map.of("kind", "COURSE_COPIES",
                "courseId", course, "quantity", 1)))).problem(503);
        post("/api/v1/orders", org.adminToken(), "{\"policy\":\"fixture\",\"lines\":[{\"kind\":\"COURSE_COPIES\",\"courseId\":1,"
                + "\"quantity\":1,\"unitPrice\":\"0.01\"}]}").problem(400); // prices come from the server
        assertEquals("0", get("/api/v1/orders", org.adminToken()).expect(200).headers().firstValue("X-Total-Count").orElse(""));

        long id = buyCopies(org, course, 2).get("id").asLong();
        get("/api/v1/orders/" + id, other.adminToken()).problem(404);
        pay(other.adminToken(), id, "x").problem(404);
        post("/api/v1/orders/" + id + "/refunds", other.adminToken(), Map.of("kind", "REFUND")).problem(404);
        assertEquals("0", get("/api/v1/orders", other.adminToken()).expect(200).headers().firstValue("X-Total-Count").orElse(""));
        assertEquals("1", get("/api/v1/orders", org.adminToken()).expect(200).headers().firstValue("X-Total-Count").orElse(""));
        Learner learner = learnerIn(org, setupClass(org));
        get("/api/v1/orders/" + id, learner.token()).problem(404);
        String reviewer = reviewer();
        assertEquals(id, get("/api/v1/orders/" + id, reviewer).expect(200).json().get("id").asLong());
        pay(reviewer, id, "r").problem(403);
        // cancel: only unpaid, then never paid
        post("/api/v1/orders/" + id + "/cancellation", org.adminToken(), Map.of("reason", "ordered twice")).expect(200);
        pay(org.adminToken(), id, "after-cancel").problem(409);
        assertEquals(List.of("created", "cancelled"), actions(id, org.adminToken()));
    }

    private long setupClass(Org org) {
        long pkg = post("/api/v1/packages", admin, Map.of("name", "P" + nextSeq(), "courseIds", List.of(course(600).id()))).expect(201)
                .json().get("id").asLong();
        long cls = post("/api/v1/classes", org.adminToken(), Map.of("name", "Buyers", "policy", "fixture", "startDate", START,
                "capacity", 20, "packageId", pkg, "settings", Map.of("enrolmentFee", "150.50"))).expect(201).json().get("id").asLong();
        post("/api/v1/classes/" + cls + "/transitions", org.adminToken(), Map.of("to", "OPEN")).expect(201);
        return cls;
    }

    private String reviewer() {
        String user = "rev" + nextSeq();
        post("/api/v1/staff", admin, Map.of("username", user, "name", "Reviewer", "role", "REVIEWER", "password", "review-pass-1"))
                .expect(201);
        return login(user, "review-pass-1");
    }

    // ---- BJ-10 copies and BJ-11 returns and exchanges (mechanics, fixture rule FX-2) ---------------

    @Test
    public void bj10_bj11_copiesGoToLearnersAndComeBackOnlyWhenStudiedTenMinutesOrLess() throws Exception {
        Setup s = setup(Map.of(), 1200);
        long order = buyCopies(s.org(), s.course().id(), 3).get("id").asLong(); // a free course: nothing to pay
        assertEquals("PAID", get("/api/v1/orders/" + order, s.org().adminToken()).expect(200).json().get("status").asText());
        Learner idle = learnerIn(s.org(), s.classId());
        CourseStock stock = service(CourseStock.class);
        stock.assign(s.org().id(), s.course().id(), s.classId(), List.of(s.learner().id(), idle.id()));
        stock.assign(s.org().id(), s.course().id(), s.classId(), List.of(s.learner().id())); // holds one already
        assertEquals(1, stockOf(s.org(), s.course().id()).get("available").asInt());
        try {
            stock.assign(s.org().id(), s.course().id(), s.classId(), List.of(learnerIn(s.org(), s.classId()).id(), 424242L));
            throw new AssertionError("two learners, one free copy");
        } catch (org.hourglass.api.problem.Problem p) {
            assertTrue(p.getMessage().startsWith("BJ-10:"));
        }
        assertEquals("all or none", 1, stockOf(s.org(), s.course().id()).get("available").asInt());

        play(s, s.course().chapters().get(0), 0, 660, 60, 1.0, "player-copy-1"); // 11 minutes
        JsonNode refused = post("/api/v1/orders/" + order + "/refunds", s.org().adminToken(), Map.of("kind", "COURSE_RETURN",
                "classId", s.classId(), "learnerIds", List.of(s.learner().id(), idle.id()))).problem(409);
        assertTrue(refused.get("detail").asText().startsWith("FX-2:"));
        assertEquals(1, stockOf(s.org(), s.course().id()).get("available").asInt());
        JsonNode back = post("/api/v1/orders/" + order + "/refunds", s.org().adminToken(), Map.of("kind", "COURSE_RETURN",
                "classId", s.classId(), "learnerIds", List.of(idle.id()))).expect(201).json();
        assertEquals("COMPLETED", back.get("status").asText());
        assertEquals(2, stockOf(s.org(), s.course().id()).get("available").asInt());
        assertTrue(stock.holds(s.classId(), s.learner().id(), s.course().id()));
        assertTrue(!stock.holds(s.classId(), idle.id(), s.course().id()));
        post("/api/v1/orders/" + order + "/refunds", s.org().adminToken(), Map.of("kind", "COURSE_RETURN",
                "classId", s.classId(), "learnerIds", List.of(idle.id()))).problem(400); // holds none any more

        // equal-value exchange: needs "no further need", then the seller's confirmation voids the unused copies
        post("/api/v1/orders/" + order + "/refunds", s.org().adminToken(), Map.of("kind", "EQUAL_VALUE_EXCHANGE")).problem(409);
        JsonNode exchange = post("/api/v1/orders/" + order + "/refunds", s.org().adminToken(), Map.of("kind", "EQUAL_VALUE_EXCHANGE",
                "noFurtherNeed", true)).expect(201).json();
        assertEquals("AWAITING_SELLER", exchange.get("status").asText());
        assertEquals(2, exchange.get("copies").asInt());
        post("/api/v1/refunds/" + exchange.get("id").asLong() + "/decision", s.org().adminToken(), Map.of("accepted", true)).problem(403);
        post("/api/v1/refunds/" + exchange.get("id").asLong() + "/decision", admin, Map.of("accepted", true)).expect(200);
        JsonNode after = stockOf(s.org(), s.course().id());
        assertEquals(0, after.get("available").asInt());
        assertEquals(2, after.get("voided").asInt());
        assertEquals(1, after.get("assigned").asInt());
        assertTrue(actions(order, s.org().adminToken()).containsAll(List.of("course-returned", "exchange-requested", "exchange-confirmed")));
    }

    // ---- JS-3 enrolment mechanics ----------------------------------------------------------------

    @Test
    public void js03_js11_aLearnerBuysAnEnrolmentAtThePolicysFeeOnce() throws Exception {
        Org org = organization(admin);
        long cls = setupClass(org);
        Learner learner = learnerIn(org, cls);
        JsonNode order = post("/api/v1/orders", learner.token(), Map.of("lines", List.of(Map.of("kind", "CLASS_ENROLMENT", "classId", cls))))
                .expect(201).json();
        assertEquals("150.50", order.get("total").asText());
        assertEquals("fixture", order.get("policy").asText());
        assertEquals("ORGANIZATION", order.get("seller").get("kind").asText());
        post("/api/v1/orders", learner.token(), Map.of("lines", List.of(Map.of("kind", "CLASS_ENROLMENT", "classId", cls)))).problem(409);
        pay(learner.token(), order.get("id").asLong(), "enrol-1").expect(201);
        assertEquals(1, get("/api/v1/orders", learner.token()).expect(200).json().size());
        post("/api/v1/invoices", learner.token(), Map.of("orderId", order.get("id").asLong(), "title", "Li Lei", "type", "SPECIAL",
                "delivery", "POST", "address", "Beijing")).problem(400); // special invoices are for organisations
        for (String hidden : new String[] {"Li Lei\r\nTotal: 0.00", "\u202Eiel iL"}) { // issue 14 item 10: no control/format characters
            assertEquals("title", post("/api/v1/invoices", learner.token(), Map.of("orderId", order.get("id").asLong(), "title", hidden,
                    "type", "NORMAL", "delivery", "POST", "address", "Haidian, Beijing")).problem(400).get("errors").get(0).get("field")
                    .asText());
        }
        assertEquals("Li Lei", post("/api/v1/invoices", learner.token(), Map.of("orderId", order.get("id").asLong(), "title", "Li Lei",
                "type", "NORMAL", "delivery", "POST", "address", "Haidian, Beijing")).expect(201).json().get("title").asText());
        // the organisation selling it sees the order; another learner does not
        Learner other = learnerIn(org, cls);
        get("/api/v1/orders/" + order.get("id").asLong(), other.token()).problem(404);
    }

    // ---- a way of charging contributed by a policy (issue 12: zero core edits) ------------------------

    /**
     * FX-3: the fixture policy contributes the line kind {@code fixture/exam-fee}; a learner orders it, the policy prices
     * it from the facts of the line, commerce's generic path takes the payment, invoices it and tells the policy (its
     * OrderListener notes it); the policy also bills by itself through Orders.create, once per learner and class. No core
     * code names the kind.
     */
    @Test
    public void aPolicyContributesItsOwnWayOfChargingPricedByItPaidAndInvoicedByCore() throws Exception {
        Org org = organization(admin);
        long cls = setupClass(org);
        Learner learner = learnerIn(org, cls);
        JsonNode order = post("/api/v1/orders", learner.token(), Map.of("policy", "fixture", "lines",
                List.of(Map.of("kind", "fixture/exam-fee", "refId", cls)))).expect(201).json();
        assertEquals("30.00", order.get("total").asText());
        assertEquals("fixture/exam-fee", order.get("lines").get(0).get("kind").asText());
        assertEquals("PLATFORM", order.get("seller").get("kind").asText());
        long id = order.get("id").asLong();
        pay(learner.token(), id, "fee-" + id).expect(201);
        assertEquals("PAID", get("/api/v1/orders/" + id, learner.token()).expect(200).json().get("status").asText());
        post("/api/v1/invoices", learner.token(), Map.of("orderId", id, "title", "Li Lei", "type", "NORMAL", "delivery", "POST",
                "address", "Haidian, Beijing")).expect(201);
        await("the policy heard of the paid order", 30, () -> get("/api/v1/policies/fixture/notes", null).body()
                .contains("exam-fee-paid:" + id));
        // the policy's own rules refuse what it does not sell, each with its field
        JsonNode refused = post("/api/v1/orders", org.adminToken(), Map.of("policy", "fixture", "lines",
                List.of(Map.of("kind", "fixture/exam-fee", "refId", cls), Map.of("kind", "fixture/no-such-fee")))).problem(400);
        assertEquals(List.of("lines[0].kind", "lines[1].kind"), refused.get("errors").findValuesAsText("field"));
        // the policy bills by itself (Orders.create with a creation key): twice asked, one order
        JsonNode billed = post("/api/v1/policies/fixture/fees", admin, Map.of("learnerId", learner.id(), "classId", cls)).expect(201).json();
        assertEquals(billed.get("id").asLong(), post("/api/v1/policies/fixture/fees", admin, Map.of("learnerId", learner.id(),
                "classId", cls)).expect(201).json().get("id").asLong());
        assertEquals("CREATED", get("/api/v1/orders/" + billed.get("id").asLong(), learner.token()).expect(200).json().get("status").asText());
    }

    // ---- IN-8 bank transfer, prepaid minutes, nightly settlement --------------------------------

    @Test
    public void in08_aBankTransferWithAProofIsReviewedThenPrepaidMinutesAreSettledAtMidnight() throws Exception {
        String school = "School " + nextSeq();
        long inst = post("/api/v1/institutions", admin, Map.of("name", school, "creditCode", creditCode())).expect(201).json().get("id")
                .asLong();
        String user = "billing" + nextSeq();
        post("/api/v1/staff", admin, Map.of("username", user, "name", "Billing", "role", "BILLING_ADMIN", "password", "counts-money-1",
                "institutionId", inst)).expect(201);
        String billing = login(user, "counts-money-1");
        JsonNode order = post("/api/v1/orders", billing, Map.of("lines", List.of(Map.of("kind", "LIVE_MINUTES", "quantity", 1000))))
                .expect(201).json();
        assertEquals("100.00", order.get("total").asText());
        long id = order.get("id").asLong();
        JsonNode transfer = post("/api/v1/orders/" + id + "/payments", billing, Map.of("method", "BANK_TRANSFER", "payerName", school,
                "payerAccount", "23456789-112", "payerBank", "某银行某支行")).expect(201).json();
        assertEquals("AWAITING_PROOF", transfer.get("status").asText());
        long payment = transfer.get("id").asLong();
        upload(billing, payment, "image/png", "not a png".getBytes()).problem(400);
        upload(billing, payment, "image/png", new byte[5 * 1024 * 1024 + 10]).problem(413);
        upload(billing, payment, "text/plain", "hello".getBytes()).problem(415);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        assertEquals("AWAITING_REVIEW", upload(billing, payment, "image/png", png).expect(200).json().get("status").asText());
        post("/api/v1/payments/" + payment + "/review", billing, Map.of("approved", true)).problem(403); // the platform sold it
        post("/api/v1/payments/" + payment + "/review", admin, Map.of("approved", false)).problem(400); // a rejection needs a reason
        post("/api/v1/payments/" + payment + "/review", admin, Map.of("approved", true)).expect(200);
        assertEquals("PAID", get("/api/v1/orders/" + id, billing).expect(200).json().get("status").asText());
        assertEquals(1000, get("/api/v1/balances", billing).expect(200).json().get("minutes").asLong());

        post("/api/v1/balances/usage", admin, Map.of("institutionId", inst, "minutes", 90, "reference", "live-1")).expect(201);
        post("/api/v1/balances/usage", admin, Map.of("institutionId", inst, "minutes", 90, "reference", "live-1")).expect(200);
        post("/api/v1/balances/usage", admin, Map.of("institutionId", inst, "minutes", 30, "reference", "live-2")).expect(201);
        assertEquals(0, post("/api/v1/balances/settlements", admin, Map.of()).expect(200).json().size());
        clockAt(platformNow().plusSeconds(86400));
        admin = adminToken(); // sessions last 8 hours
        billing = login(user, "counts-money-1");
        JsonNode settled = post("/api/v1/balances/settlements", admin, Map.of()).expect(200).json();
        assertEquals(1, settled.size());
        assertEquals(120, settled.get(0).get("lines").get(0).get("quantity").asInt());
        assertEquals("PAID", settled.get(0).get("status").asText());
        assertEquals(0, post("/api/v1/balances/settlements", admin, Map.of()).expect(200).json().size());
        assertEquals(880, get("/api/v1/balances", billing).expect(200).json().get("minutes").asLong());
        post("/api/v1/balances/usage", admin, Map.of("institutionId", inst, "minutes", 5, "reference", "late",
                "at", platformNow().minusSeconds(86400).toString())).problem(409);
    }

    private Answer upload(String token, long payment, String type, byte[] body) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/payments/" + payment
                + "/proof")).header("Content-Type", type).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }
}
