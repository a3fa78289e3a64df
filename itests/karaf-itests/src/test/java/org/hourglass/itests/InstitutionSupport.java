package org.hourglass.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;

/**
 * Shared fixtures of the institution-billing itests ({@link InstitutionIT}, {@link InstitutionBillingIT}): the policy installed
 * at runtime like any policy, an institution with its academic admin, head teacher, billing admin and two platform reviewers,
 * its classes taken through the opening and closing reviews, learners imported, joined by class password; transfers with a
 * proof, prepaid live minutes, the simulated live platform.
 */
public abstract class InstitutionSupport extends StudySupport {
    protected static final String CODE = "institution-billing";

    protected static final String POLICY = "/api/v1/policies/" + CODE;

    @Before
    public void institutionPolicy() throws Exception {
        if (!get("/api/v1/policies", null).body().contains("\"" + CODE + "\"")) {
            features.installFeature("hourglass-policy-" + CODE);
        }
        await("institution policy live", 60, () -> policyState().equals("ACTIVE"));
    }

    protected String policyState() {
        for (JsonNode p : get("/api/v1/policies", null).expect(200).json()) {
            if (p.get("code").asText().equals(CODE)) {
                return p.get("state").asText();
            }
        }
        return "ABSENT";
    }

    /** An institution with its academic admin, head teacher, billing admin; two platform reviewers. */
    protected record School(long id, String name, String academic, String headTeacher, String billing, String reviewer1, String reviewer2) {
    }

    protected School school() {
        String name = "某职业技能培训学校 " + nextSeq();
        long id = post("/api/v1/institutions", admin, Map.of("name", name, "creditCode", creditCode())).expect(201).json().get("id").asLong();
        return new School(id, name, staff("ACADEMIC_ADMIN", id), staff("HEAD_TEACHER", id), staff("BILLING_ADMIN", id),
                staff("REVIEWER", null), staff("REVIEWER", null));
    }

    protected String staff(String role, Long institution) {
        String user = role.toLowerCase().replace("_", "") + nextSeq();
        Map<String, Object> body = new HashMap<>(Map.of("username", user, "name", "Staff " + role, "role", role, "password",
                "staff-pass-1"));
        if (institution != null) {
            body.put("institutionId", institution);
        }
        post("/api/v1/staff", admin, body).expect(201);
        return login(user, "staff-pass-1");
    }

    protected long institutionClass(School s, long pkg, int capacity, Map<String, String> settings) {
        return post("/api/v1/classes", s.academic(), Map.of("name", "某企业某岗位第几班", "policy", CODE, "startDate", START,
                "capacity", capacity, "packageId", pkg, "classType", "VOCATIONAL_SKILLS", "headTeacher", "张三",
                "notice", "签到要求：每天上课前线上签到。", "settings", settings)).expect(201).json().get("id").asLong();
    }

    protected void review(School s, long cls, String reviewer, String decision, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("decision", decision, "opinion", "已核对"));
        if (reason != null) {
            body.put("reason", reason);
        }
        post(POLICY + "/classes/" + cls + "/reviews", reviewer, body).expect(201);
    }

    protected String status(School s, long cls) {
        return get("/api/v1/classes/" + cls, s.academic()).expect(200).json().get("status").asText();
    }

    /** IN-8 (seed 003 "付款方信息"): a bank transfer from the account named {@code payer}. */
    protected static Map<String, Object> transfer(String payer) {
        return Map.of("method", "BANK_TRANSFER", "payerName", payer, "payerAccount", "11001234567890", "payerBank", "某银行某支行");
    }

    /** A class of one learner who joined, taken through opening and closing: its bill is one head. */
    protected long closedWithOneJoined(School s, long pkg) {
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

    protected long pkg(School s, Course course) {
        return post("/api/v1/packages", s.academic(), Map.of("name", "P" + nextSeq(), "courseIds", List.of(course.id()))).expect(201)
                .json().get("id").asLong();
    }

    /** Imports one learner by the head teacher and returns him logged in, study-ready (C-2), not yet joined. */
    protected Learner rosterLearner(School s, long cls) {
        String id = idNumber();
        post("/api/v1/classes/" + cls + "/roster", s.headTeacher(), List.of(Map.of("name", "Li Lei", "idNumber", id))).expect(200);
        String token = changePasswordAndBindPhone(id, "study-hard-1", phone());
        return new Learner(learnerId(s, cls, id), id, token);
    }

    protected long learnerId(School s, long cls, String idNumber) {
        for (JsonNode r : get("/api/v1/classes/" + cls + "/reports/learners?q=" + idNumber, s.headTeacher()).expect(200).json()) {
            return r.get("learnerId").asLong();
        }
        throw new AssertionError("learner " + idNumber + " is not on class " + cls);
    }

    protected void join(School s, long cls, Learner l) {
        String password = get("/api/v1/classes/" + cls, s.headTeacher()).expect(200).json().get("classPassword").asText();
        post("/api/v1/classes/join", l.token(), Map.of("name", "Li Lei", "idNumber", l.idNumber(), "classPassword", password)).expect(200);
    }

    protected long opened(School s, long cls) {
        post("/api/v1/classes/" + cls + "/transitions", s.billing(), Map.of("to", "OPENING_REVIEW")).expect(201);
        review(s, cls, s.reviewer1(), "APPROVE", null);
        review(s, cls, s.reviewer2(), "APPROVE", null);
        assertEquals("OPEN", status(s, cls));
        return cls;
    }

    protected void watched(String reference, long learnerId, int live, int replay) {
        org.osgi.framework.ServiceReference<org.hourglass.external.simulation.SimulatedLive> ref =
                bundleContext.getServiceReference(org.hourglass.external.simulation.SimulatedLive.class);
        bundleContext.getService(ref).watched(reference, learnerId, live, replay);
        bundleContext.ungetService(ref);
    }

    /** IN-8: the institution buys prepaid live-stream minutes, paid by a reviewed bank transfer. */
    protected void topUp(School s, int minutes) throws Exception {
        long order = post("/api/v1/orders", s.billing(), Map.of("lines", List.of(Map.of("kind", "LIVE_MINUTES", "quantity", minutes))))
                .expect(201).json().get("id").asLong();
        long payment = post("/api/v1/orders/" + order + "/payments", s.billing(), transfer(s.name())).expect(201).json().get("id").asLong();
        uploadPdf(s.billing(), payment);
        post("/api/v1/payments/" + payment + "/review", admin, Map.of("approved", true)).expect(200);
        assertEquals(minutes, get("/api/v1/balances", s.billing()).expect(200).json().get("minutes").asLong());
    }

    protected void uploadPdf(String token, long payment) throws Exception {
        byte[] pdf = "%PDF-1.4 bank receipt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.net.http.HttpResponse<String> proof = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(BASE + "/api/v1/payments/" + payment + "/proof")).header("Content-Type", "application/pdf")
                .header("Authorization", "Bearer " + token).POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(proof.body(), 200, proof.statusCode());
    }
}
