package org.hourglass.itests;

import static org.junit.Assert.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's test data over the REST API of the booted assembly ({@link KarafTestSupport}): unique ID numbers, phones
 * and credit codes, courses, organisations with their logged-in admin, logins, the codes the simulated channel sent, the
 * fixture policy. Group tests by feature area in a few subclasses: every class costs one boot.
 */
public abstract class HourglassTestSupport extends KarafTestSupport {
    protected static final String FIXTURE_FEATURE = "hourglass-policy-fixture";

    // ---- test data --------------------------------------------------------------------------------

    private static final java.util.concurrent.atomic.AtomicInteger SEQ = new java.util.concurrent.atomic.AtomicInteger(100);

    /** A valid resident ID number (C-1), unique within this Karaf. */
    protected static String idNumber() {
        String first17 = "110105198503" + String.format("%02d", 10 + SEQ.get() % 18) + String.format("%03d", SEQ.incrementAndGet() % 1000);
        return first17 + org.hourglass.api.identity.ResidentIdNumber.checkCharacter(first17);
    }

    protected static String phone() {
        return "139" + String.format("%08d", SEQ.incrementAndGet());
    }

    /** A valid unified social credit code (C-5), unique within this Karaf. */
    protected static String creditCode() {
        String first17 = "91110108MA" + String.format("%07d", SEQ.incrementAndGet());
        return first17 + org.hourglass.api.identity.CreditCode.checkCharacter(first17);
    }

    private static final Map<String, Long> SCHOOLS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A course with a price (C-10), sold by the institution "Capital Vocational School" — issue 14 item 14: a priced course's
     * provider is an institution, by id — which is created once per container with the platform admin's {@code token}.
     */
    protected Map<String, Object> pricedCourse(String token, String type, String price, int... chapterSeconds) {
        Map<String, Object> c = course(type, price, chapterSeconds);
        c.remove("provider");
        c.put("providerId", SCHOOLS.computeIfAbsent("Capital Vocational School", name -> post("/api/v1/institutions", token,
                Map.of("name", name, "creditCode", creditCode())).expect(201).json().get("id").asLong()));
        return c;
    }

    protected static int nextSeq() {
        return SEQ.incrementAndGet();
    }

    /** A course body (C-10) with one chapter per duration, alternating video and document. */
    protected static Map<String, Object> course(String type, String price, int... chapterSeconds) {
        Map<String, Object> c = new HashMap<>(Map.of("title", "Arc welding basics", "provider", "Capital Vocational School",
                "category", "Skills", "type", type));
        if (price != null) {
            c.put("price", price);
        }
        List<Map<String, Object>> chapters = new ArrayList<>();
        for (int i = 0; i < chapterSeconds.length; i++) {
            chapters.add(Map.of("title", "Chapter " + (i + 1), "kind", i % 2 == 0 ? "VIDEO" : "DOCUMENT", "durationSeconds", chapterSeconds[i]));
        }
        c.put("chapters", chapters);
        return c;
    }

    /** An organisation and its logged-in admin. */
    protected record Org(long id, String adminPhone, String adminToken) {
    }

    protected Org organization(String platformAdminToken) {
        String adminPhone = phone();
        JsonNode org = post("/api/v1/organizations", platformAdminToken, Map.of("name", "Org " + SEQ.get(),
                "creditCode", creditCode(), "responsiblePerson", "Li Lei", "businessRegion", "Haidian", "insuredRegion", "Beijing",
                "insuredRegionCode", "110108", "admin", Map.of("name", "Han Meimei", "phone", adminPhone, "password", "org-admin-pass")))
                .expect(201).json();
        return new Org(org.get("id").asLong(), adminPhone, login(adminPhone, "org-admin-pass"));
    }

    protected String login(String principal, String password) {
        return post("/api/v1/auth/login", null, "{\"principal\":\"" + principal + "\",\"password\":\"" + password + "\"}")
                .expect(200).json().get("token").asText();
    }

    protected String adminToken() {
        return login(ADMIN, ADMIN_PASSWORD);
    }

    /** The newest code the simulated SMS channel (hourglass-external) delivered to {@code phone} for {@code purpose}. */
    /** Whether no code of this purpose was ever sent to the phone (simulated channel). */
    protected boolean noCodeSent(String phone, org.hourglass.api.messaging.CodePurpose purpose) {
        org.osgi.framework.ServiceReference<org.hourglass.external.simulation.SimulatedOutbox> ref =
                bundleContext.getServiceReference(org.hourglass.external.simulation.SimulatedOutbox.class);
        assertNotNull("the simulated code channel is deployed", ref);
        try {
            return bundleContext.getService(ref).latest(phone, purpose).isEmpty();
        } finally {
            bundleContext.ungetService(ref);
        }
    }

    /**
     * C-2: an imported learner's first steps — logs in with the last 6 of the ID, sets {@code password}, binds
     * {@code phone} with a code; returns the session token.
     */
    protected String changePasswordAndBindPhone(String idNumber, String password, String phone) {
        String token = login(idNumber, idNumber.substring(12));
        post("/api/v1/auth/password", token, java.util.Map.of("currentPassword", idNumber.substring(12), "newPassword", password))
                .expect(204);
        post("/api/v1/auth/verification-codes", token, java.util.Map.of("purpose", "PHONE_BINDING", "phone", phone)).expect(202);
        put("/api/v1/auth/phone", token, java.util.Map.of("phone", phone, "code",
                sentCode(phone, org.hourglass.api.messaging.CodePurpose.PHONE_BINDING))).expect(200);
        return token;
    }

    protected String sentCode(String phone, org.hourglass.api.messaging.CodePurpose purpose) {
        org.osgi.framework.ServiceReference<org.hourglass.external.simulation.SimulatedOutbox> ref =
                bundleContext.getServiceReference(org.hourglass.external.simulation.SimulatedOutbox.class);
        assertNotNull("the simulated code channel is deployed", ref);
        org.hourglass.external.simulation.SimulatedOutbox outbox = bundleContext.getService(ref);
        try {
            return outbox.latest(phone, purpose).orElseThrow(() -> new AssertionError("no " + purpose + " code sent to " + phone))
                    .code();
        } finally {
            bundleContext.ungetService(ref);
        }
    }

    /** Gone = the rebuilt application's own 503 policy-not-deployed, not the whiteboard's transient HTML 404. */
    protected void awaitFixtureResourceGone() {
        java.util.concurrent.atomic.AtomicReference<Answer> last = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            await("fixture resource gone from the rebuilt application", 30, () -> {
                Answer a = get("/api/v1/policies/fixture/notes", null);
                last.set(a);
                return a.status() == 503 && a.contentType() != null && a.contentType().startsWith("application/problem+json")
                        && a.body().contains("/policy-not-deployed");
            });
        } catch (AssertionError e) {
            Answer a = last.get();
            throw new AssertionError(e.getMessage() + "; last answer " + (a == null ? null : a.status() + " " + a.contentType() + " " + a.body()), e);
        }
    }

    /** The fixture policy listed in (or gone from) {@code /api/v1/policies}. */
    protected void awaitPolicyListed(boolean listed) {
        // While a policy's resource comes or goes the whiteboard rebuilds the application and answers 404
        // "No service was found" for a moment: a poll in that moment is "not yet", not a failure. The gap
        // itself is measured by the hot-swap drill (issue 7).
        await("fixture " + (listed ? "in" : "out of") + " /api/v1/policies", 30, () -> {
            Answer a = get("/api/v1/policies", null);
            if (a.status() != 200) {
                return false;
            }
            boolean found = false;
            for (JsonNode p : a.json()) {
                found |= p.get("code").asText().equals("fixture");
            }
            return found == listed;
        });
    }

    /** Installs the test-only fixture policy (PLANNED → OPEN → CLOSED, ≤ 50 learners) and waits until it is live. */
    protected void installFixturePolicy() throws Exception {
        features.addRepository(java.net.URI.create("mvn:org.hourglass/hourglass-policy-fixture/" + System.getProperty("hourglass.version")
                + "/xml/features"));
        features.installFeature("hourglass-policy-fixture");
        await("fixture policy live", 30, () -> {
            Answer a = get("/api/v1/policies", null);
            return a.status() == 200 && a.body().contains("\"fixture\"");
        });
    }
}
