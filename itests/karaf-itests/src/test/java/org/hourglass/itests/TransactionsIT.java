package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.hourglass.api.commerce.OrderListener;
import org.hourglass.api.payment.ChargeStatus;
import org.hourglass.api.payment.GatewayNotification;
import org.hourglass.external.simulation.SimulatedBank;
import org.junit.After;
import org.junit.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Issue 13, one operation, one transaction: an operation that writes in several bundles commits all or nothing, with no
 * compensation code. Each test makes one write of an operation fail in the database itself (a CHECK constraint added for
 * the test, so the failure comes where and when a real one would) after the operation's other bundles have written,
 * and then compares what the operation touches before and after — through REST, on the assembly.
 */
public class TransactionsIT extends StudySupport {
    private static final String FIXTURE_PID = "org.hourglass.policy.fixture";
    private static final String BEIJING = "/api/v1/policies/beijing-subsidy";

    @After
    public void fixtureDefaults() throws Exception {
        configureFixture(Map.of());
    }

    // ---- fixtures --------------------------------------------------------------------------------

    /** Runs {@code work} while {@code table} refuses rows that fail {@code check} (Derby CHECK constraint). */
    private void whileRefusing(String table, String check, ThrowingRunnable work) throws Exception {
        String name = "IT_REFUSE_" + nextSeq();
        sql("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " CHECK (" + check + ")");
        try {
            work.run();
        } finally {
            sql("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private void configureFixture(Map<String, Object> props) throws Exception {
        ServiceReference<ConfigurationAdmin> ref = bundleContext.getServiceReference(ConfigurationAdmin.class);
        org.osgi.service.cm.Configuration c = bundleContext.getService(ref).getConfiguration(FIXTURE_PID, null);
        Dictionary<String, Object> d = new Hashtable<>(props);
        c.update(d);
        bundleContext.ungetService(ref);
    }

    private SimulatedBank bank() {
        return bundleContext.getService(bundleContext.getServiceReference(SimulatedBank.class));
    }

    private long packageOf(long course) {
        return post("/api/v1/packages", admin, Map.of("name", "T" + nextSeq(), "courseIds", List.of(course))).expect(201).json()
                .get("id").asLong();
    }

    private long openClass(Org org, String policy, long pkg) {
        long cls = post("/api/v1/classes", org.adminToken(), Map.of("name", "Crane operators", "policy", policy, "startDate", START,
                "capacity", 30, "packageId", pkg)).expect(201).json().get("id").asLong();
        post("/api/v1/classes/" + cls + "/transitions", org.adminToken(), Map.of("to", "OPEN")).expect(201);
        return cls;
    }

    private static List<Map<String, Object>> rows(int n) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(Map.of("name", "Zhang " + i, "idNumber", idNumber()));
        }
        return rows;
    }

    private JsonNode stockOf(Org org, long course) {
        for (JsonNode s : get("/api/v1/stock", org.adminToken()).expect(200).json()) {
            if (s.get("courseId").asLong() == course) {
                return s;
            }
        }
        throw new AssertionError("no stock of course " + course);
    }

    private String learnersOf(Org org) {
        return get("/api/v1/learners", org.adminToken()).expect(200).headers().firstValue("X-Total-Count").orElseThrow();
    }

    private List<String> statuses(String path, String token) {
        List<String> out = new ArrayList<>();
        get(path, token).expect(200).json().forEach(n -> out.add(n.get("status").asText()));
        return out;
    }

    // ---- C-22 + BJ-10: publishing a task takes copies in commerce and writes the task in classes ---------------

    @Test
    public void bj10_aTaskWhoseWriteFailsAfterItsCopiesWereTakenLeavesEveryCopyInStock() throws Exception {
        Course course = course(600);
        Org org = organization(admin);
        long cls = openClass(org, "beijing-subsidy", packageOf(course.id()));
        post("/api/v1/classes/" + cls + "/roster", org.adminToken(), rows(2)).expect(200);
        JsonNode order = post("/api/v1/orders", org.adminToken(), Map.of("policy", "beijing-subsidy", "lines", List.of(
                Map.of("kind", "COURSE_COPIES", "courseId", course.id(), "quantity", 2)))).expect(201).json();
        assertEquals("a free course is paid at once", "PAID", order.get("status").asText());
        assertEquals(2, stockOf(org, course.id()).get("available").asInt());

        whileRefusing("CLS_TASK", "COURSE_ID <> " + course.id(), () -> {
            Answer failed = post("/api/v1/classes/" + cls + "/tasks", org.adminToken(), Map.of("courseId", course.id()));
            assertEquals("the task's own write failed: " + failed.body(), 500, failed.status());
        });
        JsonNode stock = stockOf(org, course.id());
        assertEquals("no copy taken by no task", 2, stock.get("available").asInt());
        assertEquals(0, stock.get("assigned").asInt());
        assertEquals(0, get("/api/v1/classes/" + cls + "/tasks", org.adminToken()).expect(200).json().size());

        long task = post("/api/v1/classes/" + cls + "/tasks", org.adminToken(), Map.of("courseId", course.id())).expect(201).json()
                .get("id").asLong();
        assertEquals(2, stockOf(org, course.id()).get("assigned").asInt());
        assertEquals(0, stockOf(org, course.id()).get("available").asInt());
        // C-25 + BJ-10: withdrawn under 10 minutes studied, the copies go back — in the same transaction as the withdrawal
        whileRefusing("COM_COPY", "ENDED_AT IS NULL OR CLASS_ID <> " + cls, () -> assertEquals(500,
                delete("/api/v1/classes/" + cls + "/tasks/" + task, org.adminToken()).status()));
        assertEquals("the task stays while its copies could not go back", 1,
                get("/api/v1/classes/" + cls + "/tasks", org.adminToken()).expect(200).json().size());
        assertEquals(2, stockOf(org, course.id()).get("assigned").asInt());
        delete("/api/v1/classes/" + cls + "/tasks/" + task, org.adminToken()).expect(204);
        assertEquals(2, stockOf(org, course.id()).get("available").asInt());
    }

    // ---- C-21: a roster import creates accounts in accounts and roster rows in classes ------------------------

    @Test
    public void c21_anImportWhoseRosterWriteFailsAfterTheAccountsWereCreatedLeavesNoAccount() throws Exception {
        Org org = organization(admin);
        long cls = openClass(org, "fixture", packageOf(course(600).id()));
        List<Map<String, Object>> rows = rows(3);
        String before = learnersOf(org);

        whileRefusing("CLS_ROSTER", "CLASS_ID <> " + cls, () -> {
            Answer failed = post("/api/v1/classes/" + cls + "/roster", org.adminToken(), rows);
            assertEquals("the roster write failed: " + failed.body(), 500, failed.status());
        });
        assertEquals("no account without its roster row", before, learnersOf(org));
        assertEquals(0, get("/api/v1/classes/" + cls + "/roster", org.adminToken()).expect(200).json().size());
        String id = (String) rows.get(0).get("idNumber");
        assertEquals(401, post("/api/v1/auth/login", null, Map.of("principal", id, "password", id.substring(12))).status());

        JsonNode report = post("/api/v1/classes/" + cls + "/roster", org.adminToken(), rows).expect(200).json();
        assertEquals(3, report.get("imported").asInt());
        assertEquals(Integer.parseInt(before) + 3, Integer.parseInt(learnersOf(org)));
    }

    // ---- BJ-11 mechanics: a refund changes the order, the copies and stock, the invoice; the bank after --------

    @Test
    public void bj11_aRefundWhoseInvoiceReversalFailsChangesNothingAndPaysNothingBack() throws Exception {
        configureFixture(Map.of("refundInvoiced", true));
        Org org = organization(admin);
        long course = post("/api/v1/courses", admin, pricedCourse(admin, "PAID_ON_DEMAND", "45.50", 1200)).expect(201).json().get("id").asLong();
        long id = post("/api/v1/orders", org.adminToken(), Map.of("policy", "fixture", "lines",
                List.of(Map.of("kind", "COURSE_COPIES", "courseId", course, "quantity", 2)))).expect(201).json().get("id").asLong();
        long payment = post("/api/v1/orders/" + id + "/payments", org.adminToken(), Map.of("method", "ONLINE"), "Idempotency-Key",
                "tx-" + id).expect(201).json().get("id").asLong();
        post("/api/v1/invoices", org.adminToken(), Map.of("orderId", id,
                "type", "NORMAL", "delivery", "EMAIL", "email", "finance@example.com")).expect(201);

        whileRefusing("COM_INVOICE", "ORDER_ID <> " + id + " OR STATUS = 'ISSUED'", () -> await("the refund reaches the invoice", 20,
                () -> {
                    Answer a = post("/api/v1/orders/" + id + "/refunds", org.adminToken(), Map.of("kind", "REFUND"));
                    assertTrue("an unchanged FX-2 refusal while the configuration arrives, else the failed reversal: " + a.body(),
                            a.status() == 409 || a.status() == 500);
                    return a.status() == 500;
                }));
        JsonNode o = get("/api/v1/orders/" + id, org.adminToken()).expect(200).json();
        assertEquals("PAID", o.get("status").asText());
        assertEquals("0.00", o.get("refunded").asText());
        assertEquals(List.of(), statuses("/api/v1/orders/" + id + "/refunds", org.adminToken()));
        assertEquals(List.of("ISSUED"), statuses("/api/v1/invoices?orderId=" + id, org.adminToken()));
        assertEquals(2, stockOf(org, course).get("available").asInt());
        assertEquals(0, stockOf(org, course).get("voided").asInt());
        assertEquals("no money went back", "0.00", bank().refunded("HGP" + payment));

        assertEquals("COMPLETED", post("/api/v1/orders/" + id + "/refunds", org.adminToken(), Map.of("kind", "REFUND")).expect(201)
                .json().get("status").asText());
        assertEquals(List.of("VOID"), statuses("/api/v1/invoices?orderId=" + id, org.adminToken()));
        assertEquals("91.00", bank().refunded("HGP" + payment));
        assertEquals(2, stockOf(org, course).get("voided").asInt());
    }

    // ---- BJ-15: the class moves to APPLIED in classes and the application is written by the policy ----------

    @Test
    public void bj15_anApplicationIsTheClassMoveAndTheFilingTogetherOrNeither() throws Exception {
        Org org = organization(admin);
        long cls = openClass(org, "beijing-subsidy", packageOf(course(600).id()));
        String classPath = "/api/v1/classes/" + cls;

        // the class transition refused (BJ-15: no learners): nothing filed
        JsonNode refused = post(BEIJING + "/applications", org.adminToken(), Map.of("classId", cls)).problem(409);
        assertTrue(refused.get("detail").asText(), refused.get("detail").asText().startsWith("BJ-15:"));
        assertEquals("OPEN", get(classPath, org.adminToken()).expect(200).json().get("status").asText());
        assertEquals(0, applicationsOf(org, cls));

        // the filing fails after core moved the class: the move is undone with it
        post(classPath + "/roster", org.adminToken(), rows(1)).expect(200);
        long learner = get(classPath + "/roster", org.adminToken()).expect(200).json().get(0).get("learnerId").asLong();
        post(BEIJING + "/employment", org.adminToken(), Map.of("learnerId", learner, "insuredInBeijing", true, "employed", true))
                .expect(200); // BJ-1
        int moves = get(classPath + "/transitions", org.adminToken()).expect(200).json().size();
        whileRefusing("BJ_APPLICATION", "CLASS_ID <> " + cls, () -> {
            Answer failed = post(BEIJING + "/applications", org.adminToken(), Map.of("classId", cls));
            assertEquals("the application's write failed: " + failed.body(), 500, failed.status());
        });
        JsonNode after = get(classPath, org.adminToken()).expect(200).json();
        assertEquals("OPEN", after.get("status").asText());
        assertTrue("the end date is not the application date", after.get("endDate") == null || after.get("endDate").isNull()
                || !"2026-03-02".equals(after.get("endDate").asText()));
        assertEquals(moves, get(classPath + "/transitions", org.adminToken()).expect(200).json().size());
        assertEquals(0, applicationsOf(org, cls));

        post(BEIJING + "/applications", org.adminToken(), Map.of("classId", cls)).expect(201);
        assertEquals("APPLIED", get(classPath, org.adminToken()).expect(200).json().get("status").asText());
        assertEquals(1, applicationsOf(org, cls));
    }

    private int applicationsOf(Org org, long cls) {
        int n = 0;
        for (JsonNode a : get(BEIJING + "/applications", org.adminToken()).expect(200).json()) {
            n += a.get("classId").asLong() == cls ? 1 : 0;
        }
        return n;
    }

    // ---- JS-3 shape: an order paid is told to the listeners inside the payment's transaction ------------------

    @Test
    public void js3_aListenerThatFailsOnAPaidOrderUndoesThePaymentsRecordingWithItsOwnWrites() throws Exception {
        Org org = organization(admin);
        long course = post("/api/v1/courses", admin, pricedCourse(admin, "PAID_ON_DEMAND", "12.00", 1200)).expect(201).json().get("id").asLong();
        long id = post("/api/v1/orders", org.adminToken(), Map.of("policy", "fixture", "lines",
                List.of(Map.of("kind", "COURSE_COPIES", "courseId", course, "quantity", 1)))).expect(201).json().get("id").asLong();
        bank().answerCharges(ChargeStatus.PENDING);
        GatewayNotification paid;
        try {
            long payment = post("/api/v1/orders/" + id + "/payments", org.adminToken(), Map.of("method", "ONLINE"), "Idempotency-Key",
                    "l-" + id).expect(201).json().get("id").asLong();
            paid = bank().settle("HGP" + payment, true);
        } finally {
            bank().answerCharges(ChargeStatus.SUCCEEDED);
        }
        ServiceRegistration<OrderListener> failing = bundleContext.registerService(OrderListener.class, order -> {
            throw new IllegalStateException("the listener's own write failed");
        }, null);
        try {
            assertEquals(500, post("/api/v1/payments/notifications", null, paid).status());
        } finally {
            failing.unregister();
        }
        assertEquals(List.of("PENDING"), statuses("/api/v1/orders/" + id + "/payments", org.adminToken()));
        assertEquals("CREATED", get("/api/v1/orders/" + id, org.adminToken()).expect(200).json().get("status").asText());
        assertEquals(0, purchased(org, course));

        // the bank's next notification settles it once the listeners take it
        post("/api/v1/payments/notifications", null, paid).expect(204);
        assertEquals(List.of("SUCCEEDED"), statuses("/api/v1/orders/" + id + "/payments", org.adminToken()));
        assertEquals("PAID", get("/api/v1/orders/" + id, org.adminToken()).expect(200).json().get("status").asText());
        assertEquals(1, purchased(org, course));
    }

    private int purchased(Org org, long course) {
        for (JsonNode s : get("/api/v1/stock", org.adminToken()).expect(200).json()) {
            if (s.get("courseId").asLong() == course) {
                return s.get("purchased").asInt();
            }
        }
        return 0;
    }
}
