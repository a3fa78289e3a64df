package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.hourglass.api.messaging.CodePurpose;
import org.junit.Before;
import org.junit.Test;

/**
 * Organisations and institutions on the real assembly: credit codes and admin phones (C-3, C-5), the data a policy
 * freezes, self-registration and the admin phone's rebinding (C-8), the insured region platform staff confirm (BJ-1),
 * institution staff roles (C-6). Learners and logins are {@link AccountsIT}'s.
 */
public class OrganizationsIT extends HourglassTestSupport {
    @Before
    public void platformUp() {
        awaitPlatform();
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
    public void c05_anOrganisationIsEditableByItsAdminExceptWhileAPolicyFreezesIt() throws Exception {
        String admin = adminToken();
        Org org = organization(admin);
        Org other = organization(admin);
        Map<String, Object> edit = Map.of("name", "Acme Haidian Branch", "responsiblePerson", "Wang Wu (not the legal rep)",
                "businessRegion", "Chaoyang", "insuredRegion", "Beijing");
        JsonNode edited = put("/api/v1/organizations/" + org.id(), org.adminToken(), edit).expect(200).json();
        assertEquals("Acme Haidian Branch", edited.get("name").asText());
        assertEquals("Chaoyang", get("/api/v1/organizations/" + org.id(), admin).expect(200).json().get("businessRegion").asText());
        put("/api/v1/organizations/" + org.id(), other.adminToken(), edit).problem(404);
        JsonNode blank = put("/api/v1/organizations/" + org.id(), org.adminToken(), Map.of("name", " ", "responsiblePerson", "Wang",
                "businessRegion", "Chaoyang", "insuredRegion", "Beijing")).problem(400);
        assertEquals("name", blank.get("errors").get(0).get("field").asText());
        // a credit code is identity, not an editable field (BJ Q19): the strict reader refuses it
        put("/api/v1/organizations/" + org.id(), org.adminToken(), Map.of("name", "X", "creditCode", creditCode(),
                "responsiblePerson", "Wang", "businessRegion", "Chaoyang", "insuredRegion", "Beijing")).problem(400);

        // BJ Q18: while the policy holds an application under way in its own table, edits are refused
        installFixturePolicy();
        post("/api/v1/policies/fixture/notes", admin, Map.of("text", "application-under-way:" + org.id())).expect(201);
        JsonNode frozen = put("/api/v1/organizations/" + org.id(), org.adminToken(), Map.of("name", "Renamed",
                "responsiblePerson", "Wang", "businessRegion", "Chaoyang", "insuredRegion", "Beijing")).problem(409);
        assertTrue(frozen.toString(), frozen.get("detail").asText().startsWith("FX-2:"));
        assertTrue(frozen.get("detail").asText().contains("fixture"));
        assertEquals("Acme Haidian Branch", get("/api/v1/organizations/" + org.id(), admin).expect(200).json().get("name").asText());
        put("/api/v1/organizations/" + other.id(), other.adminToken(), edit).expect(200);

        // the policy removed: its guard goes with it (its data stays, the block resumes on reinstall)
        features.uninstallFeature("hourglass-policy-fixture");
        await("fixture guard gone", 30, () -> put("/api/v1/organizations/" + org.id(), org.adminToken(), Map.of("name", "Renamed",
                "responsiblePerson", "Wang", "businessRegion", "Chaoyang", "insuredRegion", "Beijing")).status() == 200);
        installFixturePolicy();
        await("fixture guard back", 30, () -> put("/api/v1/organizations/" + org.id(), org.adminToken(), edit).status() == 409);
    }

    /**
     * C-8 (seed 000 Q13 "输入管理员手机号，验证码，完成单位账户注册", Q15 "一个手机号只能注册一家单位", Q16 "如需更改绑定的单位管理员手机号码，
     * 登录后在【账号设置】里重新绑定"): an organisation registers itself with a phone code; its insured region waits for platform
     * staff ("完成单位信息认证"); its admin moves his login to a new phone proved by a code, audited.
     */
    @Test
    public void c08_anOrganisationRegistersItselfWithACodeAndItsAdminRebindsThePhone() {
        String phone = phone();
        Map<String, Object> registration = new java.util.HashMap<>(Map.of("name", "自注册单位 " + nextSeq(), "creditCode", creditCode(),
                "responsiblePerson", "王五", "businessRegion", "Haidian", "adminName", "赵六", "phone", phone, "code", "000000",
                "password", "org-self-pass-1"));
        assertEquals("code", post("/api/v1/organizations/registrations", null, registration).problem(400).get("errors").get(0)
                .get("field").asText());
        post("/api/v1/auth/verification-codes", null, Map.of("purpose", "ORG_REGISTRATION", "phone", phone)).expect(202);
        String code = sentCode(phone, CodePurpose.ORG_REGISTRATION);
        registration.put("code", code.equals("000000") ? "111111" : "000000");
        post("/api/v1/organizations/registrations", null, registration).problem(400);
        registration.put("code", code);
        JsonNode org = post("/api/v1/organizations/registrations", null, registration).expect(201).json();
        assertTrue(org.get("selfRegistered").asBoolean());
        assertTrue("no self-declared insured region", org.get("insuredRegionCode").isNull() && org.get("insuredRegion").isNull());
        post("/api/v1/organizations/registrations", null, registration).problem(400); // the code is spent
        String token = login(phone, "org-self-pass-1");
        assertEquals(org.get("id").asLong(), get("/api/v1/organizations/" + org.get("id").asLong(), token).expect(200).json().get("id").asLong());
        assertTrue(post("/api/v1/auth/verification-codes", null, Map.of("purpose", "ORG_REGISTRATION", "phone", phone)).problem(409)
                .get("detail").asText().startsWith("C-3:"));
        // its admin edits what is his to edit; the insured region and its code are platform staff's
        long id = org.get("id").asLong();
        put("/api/v1/organizations/" + id, token, Map.of("name", "自注册单位改名 " + nextSeq(), "responsiblePerson", "王五",
                "businessRegion", "Chaoyang")).expect(200);
        put("/api/v1/organizations/" + id, token, Map.of("name", "x", "responsiblePerson", "王五", "businessRegion", "Chaoyang",
                "insuredRegionCode", "110105")).problem(403);
        put("/api/v1/organizations/" + id, adminToken(), Map.of("name", "x", "responsiblePerson", "王五", "businessRegion", "Chaoyang",
                "insuredRegion", "北京市朝阳区", "insuredRegionCode", "11010")).problem(400);

        // Q16: the admin phone moves, proved by a code sent to the new phone; the old phone logs in no more
        String next = phone();
        post("/api/v1/auth/verification-codes", null, Map.of("purpose", "ADMIN_PHONE_BINDING", "phone", next)).problem(401);
        post("/api/v1/auth/verification-codes", token, Map.of("purpose", "ADMIN_PHONE_BINDING", "phone", next)).expect(202);
        put("/api/v1/organizations/" + id + "/admin-phone", organization(adminToken()).adminToken(), Map.of("phone", next, "code",
                sentCode(next, CodePurpose.ADMIN_PHONE_BINDING))).problem(404);
        put("/api/v1/organizations/" + id + "/admin-phone", token, Map.of("phone", next, "code",
                sentCode(next, CodePurpose.ADMIN_PHONE_BINDING))).expect(204);
        String moved = login(next, "org-self-pass-1"); // C-4: this new session ends the old one
        post("/api/v1/auth/login", null, Map.of("principal", phone, "password", "org-self-pass-1")).problem(401);
        JsonNode changes = get("/api/v1/organizations/" + id + "/changes", moved).expect(200).json();
        assertEquals("adminPhone", changes.get(0).get("field").asText());
        assertEquals(next, changes.get(0).get("newValue").asText());
    }

    /**
     * Issue 14 item 14: an organisation edited its own insured region, the fact BJ-1 eligibility is decided on. Platform
     * staff change it; the organisation's admin gets 403 and nothing changes; every change is audited with who and when.
     */
    @Test
    public void bj01_theInsuredRegionIsChangedByPlatformStaffOnlyAndEveryChangeIsAudited() {
        String admin = adminToken();
        Org org = organization(admin);
        JsonNode before = get("/api/v1/organizations/" + org.id(), org.adminToken()).expect(200).json();
        JsonNode refused = put("/api/v1/organizations/" + org.id(), org.adminToken(), Map.of("name", before.get("name").asText(),
                "responsiblePerson", "Li Lei", "businessRegion", "Haidian", "insuredRegion", "Hebei")).problem(403);
        assertEquals("insuredRegion", refused.get("errors").get(0).get("field").asText());
        assertEquals("Beijing", get("/api/v1/organizations/" + org.id(), admin).expect(200).json().get("insuredRegion").asText());
        assertEquals(0, get("/api/v1/organizations/" + org.id() + "/changes", org.adminToken()).expect(200).json().size());

        put("/api/v1/organizations/" + org.id(), org.adminToken(), Map.of("name", before.get("name").asText(),
                "responsiblePerson", "Wang Wu", "businessRegion", "Haidian", "insuredRegion", "Beijing")).expect(200);
        put("/api/v1/organizations/" + org.id(), admin, Map.of("name", before.get("name").asText(),
                "responsiblePerson", "Wang Wu", "businessRegion", "Haidian", "insuredRegion", "Hebei")).expect(200);
        JsonNode changes = get("/api/v1/organizations/" + org.id() + "/changes", org.adminToken()).expect(200).json();
        assertEquals(changes.toString(), 2, changes.size());
        assertEquals("insuredRegion", changes.get(0).get("field").asText());
        assertEquals("Beijing", changes.get(0).get("oldValue").asText());
        assertEquals("Hebei", changes.get(0).get("newValue").asText());
        assertEquals("responsiblePerson", changes.get(1).get("field").asText());
        assertTrue("the platform admin, then the organisation's admin", changes.get(0).get("changedBy").asLong()
                != changes.get(1).get("changedBy").asLong());
        Org other = organization(admin);
        get("/api/v1/organizations/" + org.id() + "/changes", other.adminToken()).problem(404);
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
}
