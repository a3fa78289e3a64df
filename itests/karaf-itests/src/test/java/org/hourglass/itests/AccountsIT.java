package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.hourglass.api.identity.ResidentIdNumber;
import org.junit.Before;
import org.junit.Test;

/** Accounts on the real assembly: organisations, learners, login and masking (C-1 … C-5, C-24). */
public class AccountsIT extends HourglassTestSupport {
    @Before
    public void platformUp() {
        awaitPlatform();
    }

    // ---- fixtures --------------------------------------------------------------------------------

    Map<String, Object> learner(String idNumber, String phone) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Zhang San", "idNumber", idNumber, "gender", "MALE"));
        if (phone != null) {
            body.put("phone", phone);
        }
        return body;
    }

    // ---- C-1 -------------------------------------------------------------------------------------

    @Test
    public void c01_badIdNumbersAreRefusedWithAPerFieldReasonAndNothingIsStored() {
        Org org = organization(adminToken());
        String good = idNumber();
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        JsonNode p = post("/api/v1/learners", org.adminToken(), learner(badCheck, null)).problem(400);
        assertEquals("idNumber", p.get("errors").get(0).get("field").asText());
        assertTrue(p.toString(), p.get("errors").get(0).get("message").asText().contains("check character"));
        JsonNode date = post("/api/v1/learners", org.adminToken(), learner("110105198513320015", null)).problem(400);
        assertTrue(date.toString().contains("birth date"));
        post("/api/v1/learners", org.adminToken(), learner("1101051985", null)).problem(400);
        assertEquals("0", get("/api/v1/learners", org.adminToken()).expect(200).headers().firstValue("X-Total-Count").orElseThrow());
    }

    // ---- C-5, C-3 --------------------------------------------------------------------------------

    @Test
    public void c05_organisationsNeedAValidUniqueCreditCode() {
        String admin = adminToken();
        String code = creditCode();
        Map<String, Object> org = new HashMap<>(Map.of("name", "Acme", "creditCode", code, "responsiblePerson", "Li Lei",
                "businessRegion", "Haidian", "insuredRegion", "Beijing",
                "admin", Map.of("name", "Han", "phone", phone(), "password", "org-admin-pass")));
        post("/api/v1/organizations", admin, org).expect(201);
        org.put("admin", Map.of("name", "Han", "phone", phone(), "password", "org-admin-pass"));
        JsonNode dup = post("/api/v1/organizations", admin, org).problem(409);
        assertTrue(dup.get("detail").asText().startsWith("C-5:"));
        org.put("creditCode", code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0'));
        JsonNode bad = post("/api/v1/organizations", admin, org).problem(400);
        assertEquals("creditCode", bad.get("errors").get(0).get("field").asText());
    }

    @Test
    public void c03_onePhoneAdministersOneOrganisation() {
        String admin = adminToken();
        Org first = organization(admin);
        JsonNode p = post("/api/v1/organizations", admin, Map.of("name", "Second", "creditCode", creditCode(),
                "responsiblePerson", "Li", "businessRegion", "Haidian", "insuredRegion", "Beijing",
                "admin", Map.of("name", "Han", "phone", first.adminPhone(), "password", "org-admin-pass"))).problem(409);
        assertTrue(p.get("detail").asText().startsWith("C-3:"));
    }

    @Test
    public void c03_aPhoneIsUniqueAmongLearnersButMayAlsoBeAnAdminsAndTheRoleIsChosenAtLogin() {
        Org org = organization(adminToken());
        String phone = phone();
        post("/api/v1/learners", org.adminToken(), learner(idNumber(), phone)).expect(201);
        JsonNode taken = post("/api/v1/learners", org.adminToken(), learner(idNumber(), phone)).problem(409);
        assertTrue(taken.get("detail").asText().startsWith("C-3:"));

        String idOfAdminAsLearner = idNumber();
        post("/api/v1/learners", org.adminToken(), learner(idOfAdminAsLearner, org.adminPhone())).expect(201);
        JsonNode ambiguous = post("/api/v1/auth/login", null, Map.of("principal", org.adminPhone(), "password", "org-admin-pass")).problem(400);
        assertEquals("role", ambiguous.get("errors").get(0).get("field").asText());
        JsonNode asAdmin = post("/api/v1/auth/login", null, Map.of("principal", org.adminPhone(), "password", "org-admin-pass",
                "role", "ORG_ADMIN")).expect(200).json();
        assertTrue(asAdmin.get("account").get("roles").toString().contains("ORG_ADMIN"));
        String last6 = idOfAdminAsLearner.substring(12);
        JsonNode asLearner = post("/api/v1/auth/login", null, Map.of("principal", org.adminPhone(), "password", last6,
                "role", "LEARNER")).expect(200).json();
        assertTrue(asLearner.get("account").get("roles").toString().contains("LEARNER"));
    }

    // ---- C-2, C-4 --------------------------------------------------------------------------------

    @Test
    public void c02_c04_anImportedLearnerLogsInWithTheLast6OfTheIdAndMustChangeIt() {
        Org org = organization(adminToken());
        String id = idNumber();
        String phone = phone();
        post("/api/v1/learners", org.adminToken(), learner(id, phone)).expect(201);
        JsonNode first = post("/api/v1/auth/login", null, Map.of("principal", id, "password", id.substring(12))).expect(200).json();
        assertTrue(first.get("account").get("mustChangePassword").asBoolean());
        String token = first.get("token").asText();
        post("/api/v1/auth/password", token, Map.of("currentPassword", id.substring(12), "newPassword", id.substring(12))).problem(400);
        post("/api/v1/auth/password", token, Map.of("currentPassword", "wrong-one", "newPassword", "a-new-secret")).problem(400);
        post("/api/v1/auth/password", token, Map.of("currentPassword", id.substring(12), "newPassword", "a-new-secret")).expect(204);
        post("/api/v1/auth/login", null, Map.of("principal", id, "password", id.substring(12))).problem(401);
        // C-4: by ID number or by the bound phone
        JsonNode byPhone = post("/api/v1/auth/login", null, Map.of("principal", phone, "password", "a-new-secret")).expect(200).json();
        assertFalse(byPhone.get("account").get("mustChangePassword").asBoolean());
        post("/api/v1/auth/login", null, Map.of("principal", id.toLowerCase(), "password", "a-new-secret")).expect(200);
    }

    // ---- C-24 ------------------------------------------------------------------------------------

    @Test
    public void c24_aLearnerIsInOneOrganisationAtATimeAndMovesAfterLeaving() {
        String admin = adminToken();
        Org a = organization(admin);
        Org b = organization(admin);
        String id = idNumber();
        long learnerId = post("/api/v1/learners", a.adminToken(), learner(id, null)).expect(201).json().get("id").asLong();
        JsonNode refused = post("/api/v1/learners", b.adminToken(), learner(id, null)).problem(409);
        assertTrue(refused.get("detail").asText().startsWith("C-24:"));
        post("/api/v1/learners/" + learnerId + "/leave-organization", b.adminToken(), "").problem(404);
        post("/api/v1/learners/" + learnerId + "/leave-organization", a.adminToken(), "").expect(200);
        JsonNode moved = post("/api/v1/learners", b.adminToken(), learner(id, null)).expect(200).json();
        assertEquals(b.id(), moved.get("organizationId").asLong());
        get("/api/v1/learners/" + learnerId, a.adminToken()).problem(404);
    }

    // ---- objects and masking ---------------------------------------------------------------------

    @Test
    public void orgAdminsSeeOnlyTheirOwnAndIdNumbersAreMaskedForThem() {
        String admin = adminToken();
        Org a = organization(admin);
        Org b = organization(admin);
        String id = idNumber();
        long learnerId = post("/api/v1/learners", a.adminToken(), learner(id, null)).expect(201).json().get("id").asLong();
        assertEquals(ResidentIdNumber.mask(id), get("/api/v1/learners/" + learnerId, a.adminToken()).expect(200).json().get("idNumber").asText());
        assertEquals(id, get("/api/v1/learners/" + learnerId, adminToken()).expect(200).json().get("idNumber").asText());
        get("/api/v1/learners/" + learnerId, b.adminToken()).problem(404);
        get("/api/v1/organizations/" + a.id(), b.adminToken()).problem(404);
        get("/api/v1/organizations/" + b.id(), b.adminToken()).expect(200);
        assertEquals("0", get("/api/v1/learners", b.adminToken()).expect(200).headers().firstValue("X-Total-Count").orElseThrow());
        String learnerToken = login(id, id.substring(12));
        assertEquals(id, get("/api/v1/learners/" + learnerId, learnerToken).expect(200).json().get("idNumber").asText());
    }

    // ---- C-6 -------------------------------------------------------------------------------------

    @Test
    public void c06_institutionsHaveStaffRolesAndAnAcademicAdminManagesOnlyTheirOwn() {
        String admin = adminToken();
        long inst = post("/api/v1/institutions", admin, Map.of("name", "Vocational School", "creditCode", creditCode()))
                .expect(201).json().get("id").asLong();
        long other = post("/api/v1/institutions", admin, Map.of("name", "Other School", "creditCode", creditCode()))
                .expect(201).json().get("id").asLong();
        String user = "acad" + nextSeq();
        JsonNode academic = post("/api/v1/staff", admin, Map.of("username", user, "name", "Wang", "role", "ACADEMIC_ADMIN",
                "institutionId", inst, "password", "academic-pass")).expect(201).json();
        assertTrue(academic.get("roles").toString().contains("INSTITUTION_STAFF"));
        String academicToken = login(user, "academic-pass");
        JsonNode teacher = post("/api/v1/staff", academicToken, Map.of("username", "teach" + nextSeq(), "name", "Zhao",
                "role", "HEAD_TEACHER", "password", "teacher-pass")).expect(201).json();
        assertEquals(inst, teacher.get("institutionId").asLong());
        post("/api/v1/staff", academicToken, Map.of("username", "x" + nextSeq(), "name", "Qian",
                "role", "ASSISTANT", "institutionId", other, "password", "assistant-pass")).problem(403);
        post("/api/v1/staff", academicToken, Map.of("username", "r" + nextSeq(), "name", "Sun",
                "role", "REVIEWER", "password", "reviewer-pass")).problem(403);
        String teacherToken = login(teacher.get("username").asText(), "teacher-pass");
        post("/api/v1/staff", teacherToken, Map.of("username", "y" + nextSeq(), "name", "Li",
                "role", "ASSISTANT", "password", "assistant-pass")).problem(403);
        get("/api/v1/institutions/" + inst, teacherToken).expect(200);
        get("/api/v1/institutions/" + other, teacherToken).problem(404);
        post("/api/v1/staff", admin, Map.of("username", user, "name", "Dup", "role", "ASSISTANT", "institutionId", inst,
                "password", "assistant-pass")).problem(409);
    }

    @Test
    public void repeatedFailedLoginsAreThrottled() {
        String user = "throttled" + nextSeq();
        post("/api/v1/staff", adminToken(), Map.of("username", user, "name", "Zhou", "role", "REVIEWER",
                "password", "reviewer-pass")).expect(201);
        for (int i = 0; i < 5; i++) {
            post("/api/v1/auth/login", null, Map.of("principal", user, "password", "wrong-" + i)).problem(401);
        }
        JsonNode p = post("/api/v1/auth/login", null, Map.of("principal", user, "password", "reviewer-pass")).problem(429);
        assertTrue(p.get("type").asText().endsWith("/too-many-attempts"));
    }

    @Test
    public void endpointsRefuseAnonymousAndTheWrongRole() {
        Org org = organization(adminToken());
        String id = idNumber();
        post("/api/v1/learners", org.adminToken(), learner(id, null)).expect(201);
        String learnerToken = login(id, id.substring(12));
        post("/api/v1/learners", null, learner(idNumber(), null)).problem(401);
        post("/api/v1/learners", learnerToken, learner(idNumber(), null)).problem(403);
        get("/api/v1/learners", learnerToken).problem(403);
        post("/api/v1/organizations", org.adminToken(), Map.of("name", "x")).problem(403);
        get("/api/v1/organizations", org.adminToken()).problem(403);
        get("/api/v1/organizations", null).problem(401);
        post("/api/v1/classes", learnerToken, Map.of("name", "x")).problem(403);
        post("/api/v1/auth/password", null, Map.of("currentPassword", "x", "newPassword", "yyyyyyyy")).problem(401);
    }
}
