package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
import org.junit.Before;
import org.junit.Test;

/**
 * Classes on the real assembly, under the fixture policy: names, package versions, capacity, one class per organisation,
 * groups and tasks, editing and deleting, a learner's own list (C-12, C-20, C-22 … C-24, C-26 … C-28). Roster imports are
 * {@link RosterImportsIT}'s.
 */
public class ClassesIT extends ClassesSupport {
    /** Issue 14 item 11: a right-to-left override or a zero-width space alone was accepted as a class or learner name. */
    @Test
    public void namesWithHiddenCharactersAreRefused() {
        Org org = org();
        for (String name : new String[] {"\u202Eevil", "\u200B", "Weld\u0007ers"}) {
            assertEquals("name", post("/api/v1/classes", org.adminToken(), Map.of("name", name, "policy", "fixture",
                    "startDate", "2021-06-01", "capacity", 10)).problem(400).get("errors").get(0).get("field").asText());
            assertEquals("name", post("/api/v1/learners", org.adminToken(), Map.of("name", name, "idNumber", idNumber(), "gender", "MALE"))
                    .problem(400).get("errors").get(0).get("field").asText());
        }
        long cls = fixtureClass(org, 10);
        JsonNode report = post("/api/v1/classes/" + cls + "/roster", org.adminToken(),
                List.of(row("\u202Eevil", idNumber(), null), row("Li Lei", idNumber(), null))).expect(200).json();
        assertEquals(List.of(1), rejectedRows(report));
        assertEquals(1, get("/api/v1/classes/" + cls + "/roster", org.adminToken()).expect(200).json().size());
    }

    @Test
    public void c12_aClassKeepsThePackageVersionItSelectedUntilItSelectsAgain() {
        long course = post("/api/v1/courses", admin, course("FREE_ON_DEMAND", null, 2700)).expect(201).json().get("id").asLong();
        long other = post("/api/v1/courses", admin, course("OWN_RECORDED", null, 5400)).expect(201).json().get("id").asLong();
        long pkg = post("/api/v1/packages", admin, Map.of("name", "Welders 2021", "courseIds", List.of(course))).expect(201).json()
                .get("id").asLong();
        Org org = org();
        JsonNode cls = post("/api/v1/classes", org.adminToken(), Map.of("name", "Welders", "policy", "fixture",
                "startDate", "2021-06-01", "capacity", 10, "packageId", pkg)).expect(201).json();
        assertEquals(pkg, cls.get("packageId").asLong());
        assertEquals(1, cls.get("packageVersion").asInt());
        long id = cls.get("id").asLong();

        put("/api/v1/packages/" + pkg, admin, Map.of("name", "Welders 2021", "courseIds", List.of(course, other))).expect(200);
        assertEquals("editing the package leaves the class alone", 1,
                get("/api/v1/classes/" + id, org.adminToken()).expect(200).json().get("packageVersion").asInt());
        JsonNode reselected = put("/api/v1/classes/" + id + "/package", org.adminToken(), Map.of("packageId", pkg)).expect(200).json();
        assertEquals(2, reselected.get("packageVersion").asInt());

        assertEquals("packageId", put("/api/v1/classes/" + id + "/package", org.adminToken(), Map.of("packageId", 999999))
                .problem(400).get("errors").get(0).get("field").asText());
        put("/api/v1/classes/" + id + "/package", org().adminToken(), Map.of("packageId", pkg)).problem(404);
        post("/api/v1/classes", org.adminToken(), Map.of("name", "W", "policy", "fixture", "startDate", "2021-06-01",
                "capacity", 10, "packageId", 999999)).problem(400);
        post("/api/v1/classes/" + id + "/transitions", org.adminToken(), Map.of("to", "OPEN")).expect(201);
        post("/api/v1/classes/" + id + "/transitions", admin, Map.of("to", "CLOSED", "reason", "done")).expect(201);
        JsonNode closed = put("/api/v1/classes/" + id + "/package", org.adminToken(), Map.of("packageId", pkg)).problem(409);
        assertTrue(closed.get("detail").asText().startsWith("C-12:"));
    }

    /** C-26 (seeds 001, 002): a learner lists the classes he is on, to switch between them, and sees no other class. */
    @Test
    public void c26_aLearnerListsHisOwnClassesAndNoOthers() {
        Org org = org();
        long mine = fixtureClass(org, 20);
        long other = fixtureClass(org, 20);
        String id = idNumber();
        post("/api/v1/classes/" + mine + "/roster", org.adminToken(), List.of(row("Li Lei", id, null))).expect(200);
        String learner = login(id, id.substring(12));
        Answer list = get("/api/v1/classes", learner).expect(200);
        assertEquals(list.body(), 1, list.json().size());
        assertEquals(mine, list.json().get(0).get("id").asLong());
        assertEquals("1", list.headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(mine, get("/api/v1/classes/" + mine, learner).expect(200).json().get("id").asLong());
        get("/api/v1/classes/" + other, learner).problem(404);
        post("/api/v1/classes/" + mine + "/transitions", learner, Map.of("to", "OPEN")).problem(403);
    }

    @Test
    public void c20_thePolicysRosterLimitAndTheClassCapacityApply() {
        Org org = org();
        long cls = fixtureClass(org, 3);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(row("L" + i, idNumber(), null));
        }
        JsonNode report = post("/api/v1/classes/" + cls + "/roster", org.adminToken(), rows).expect(200).json();
        assertEquals(3, report.get("imported").asInt());
        assertEquals(List.of(4), rejectedRows(report));
        assertTrue(report.get("errors").get(0).get("reason").asText().startsWith("C-20:"));
        // the fixture policy allows at most 50 learners: a bigger class cannot be created
        post("/api/v1/classes", org.adminToken(), Map.of("name", "Too big", "policy", "fixture", "startDate", "2021-06-01",
                "capacity", 51)).problem(400);
    }

    /**
     * C-28 (seed 003): "平台提供四种班级类型", "班主任", "班级公告 … （最多 140 字）"; "开班前，预定学员名额数可以直接在班级'设置'页面修改。
     * 开班后，如果需要增加学习名额，请联系…商务专员"; "开课期间，您可以随时修改公告"; a class not yet opened shows "删除".
     */
    @Test
    public void c28_aClassHasATypeHeadTeacherAndNoticeAndIsEditableAndDeletableBeforeItOpens() {
        Org org = org();
        Map<String, Object> body = new HashMap<>(Map.of("name", "Welders", "policy", "fixture", "startDate", "2021-06-01",
                "capacity", 5, "classType", "NEW_APPRENTICESHIP", "headTeacher", "张三", "notice", "请联系 XX 助教，加入班级微信群。\n签到要求：每天上课前线上签到。"));
        JsonNode created = post("/api/v1/classes", org.adminToken(), body).expect(201).json();
        long id = created.get("id").asLong();
        assertEquals("NEW_APPRENTICESHIP", created.get("classType").asText());
        assertEquals("张三", created.get("headTeacher").asText());
        assertTrue(created.get("notice").asText().contains("\n签到要求"));
        body.put("notice", "长".repeat(141));
        JsonNode tooLong = post("/api/v1/classes", org.adminToken(), body).problem(400);
        assertEquals("notice", tooLong.get("errors").get(0).get("field").asText());
        assertEquals("VOCATIONAL_SKILLS", get("/api/v1/classes/" + fixtureClass(org, 3), org.adminToken()).expect(200).json()
                .get("classType").asText());

        // before opening: every fact changes; capacity not below the roster, not above the policy's 50
        post("/api/v1/classes/" + id + "/roster", org.adminToken(), List.of(row("L1", idNumber(), null), row("L2", idNumber(), null)))
                .expect(200);
        JsonNode edited = patch("/api/v1/classes/" + id, org.adminToken(), Map.of("name", "Welders II", "classType", "ON_SITE",
                "startDate", "2021-07-01", "endDate", "2021-09-30", "capacity", 8, "notice", "长".repeat(140))).expect(200).json();
        assertEquals("Welders II", edited.get("name").asText());
        assertEquals("2021-09-30", edited.get("endDate").asText());
        assertEquals(8, edited.get("capacity").asInt());
        assertEquals("张三", edited.get("headTeacher").asText());
        assertEquals("capacity", patch("/api/v1/classes/" + id, org.adminToken(), Map.of("capacity", 1)).problem(400)
                .get("errors").get(0).get("field").asText());
        patch("/api/v1/classes/" + id, org.adminToken(), Map.of("capacity", 51)).problem(400);
        patch("/api/v1/classes/" + id, org.adminToken(), Map.of("endDate", "2021-06-30")).problem(400);
        patch("/api/v1/classes/" + id, organization(admin).adminToken(), Map.of("name", "Taken")).problem(404);

        // after opening: the notice changes; other facts do not; capacity only through platform staff
        post("/api/v1/classes/" + id + "/transitions", org.adminToken(), Map.of("to", "OPEN")).expect(201);
        assertEquals("开课期间可以随时修改公告", patch("/api/v1/classes/" + id, org.adminToken(), Map.of("notice", "开课期间可以随时修改公告"))
                .expect(200).json().get("notice").asText());
        assertTrue(patch("/api/v1/classes/" + id, org.adminToken(), Map.of("name", "Renamed")).problem(409)
                .get("detail").asText().startsWith("C-28:"));
        patch("/api/v1/classes/" + id, org.adminToken(), Map.of("capacity", 10)).problem(403);
        assertEquals(10, patch("/api/v1/classes/" + id, admin, Map.of("capacity", 10)).expect(200).json().get("capacity").asInt());
        assertTrue(delete("/api/v1/classes/" + id, org.adminToken()).problem(409).get("detail").asText().startsWith("C-28:"));
        assertEquals("Welders II", get("/api/v1/classes/" + id, org.adminToken()).expect(200).json().get("name").asText());

        // a class not yet opened is deleted with its roster; its learners are free for another class of the organisation
        String learner = idNumber();
        long planned = fixtureClass(org, 3);
        post("/api/v1/classes/" + planned + "/roster", org.adminToken(), List.of(row("L3", learner, null))).expect(200);
        delete("/api/v1/classes/" + planned, organization(admin).adminToken()).problem(404);
        delete("/api/v1/classes/" + planned, org.adminToken()).expect(204);
        get("/api/v1/classes/" + planned, org.adminToken()).problem(404);
        long next = fixtureClass(org, 3);
        assertEquals(1, post("/api/v1/classes/" + next + "/roster", org.adminToken(), List.of(row("L3", learner, null))).expect(200)
                .json().get("imported").asInt());
    }

    /** C-27 learner management "修改" (seed 003: "开班后至结业前，学员报名信息可以补充和修改"): the contact changes until the class closes. */
    @Test
    public void c27_aRosterEntrysContactIsEditedUntilTheClassCloses() {
        Org org = org();
        long cls = fixtureClass(org, 3);
        String id = idNumber();
        post("/api/v1/classes/" + cls + "/roster", org.adminToken(), List.of(row("Zhang", id, "13800000000"))).expect(200);
        long learner = get("/api/v1/classes/" + cls + "/roster", org.adminToken()).expect(200).json().get(0).get("learnerId").asLong();
        post("/api/v1/classes/" + cls + "/transitions", org.adminToken(), Map.of("to", "OPEN")).expect(201);
        assertEquals("北京市海淀区某路 1 号", patch("/api/v1/classes/" + cls + "/roster/" + learner, org.adminToken(),
                Map.of("contact", "北京市海淀区某路 1 号")).expect(200).json().get("contact").asText());
        patch("/api/v1/classes/" + cls + "/roster/" + learner, org.adminToken(), Map.of("contact", "a\u202Eb")).problem(400);
        patch("/api/v1/classes/" + cls + "/roster/" + learner, organization(admin).adminToken(), Map.of("contact", "x")).problem(404);
        patch("/api/v1/classes/" + cls + "/roster/999999", org.adminToken(), Map.of("contact", "x")).problem(404);
        post("/api/v1/classes/" + cls + "/transitions", admin, Map.of("to", "CLOSED", "reason", "结业")).expect(201);
        assertTrue(patch("/api/v1/classes/" + cls + "/roster/" + learner, org.adminToken(), Map.of("contact", "x")).problem(409)
                .get("detail").asText().startsWith("C-27:"));
        assertEquals("北京市海淀区某路 1 号", get("/api/v1/classes/" + cls + "/roster", org.adminToken()).expect(200).json().get(0)
                .get("contact").asText());
    }

    @Test
    public void c24_oneClassPerOrganisationAndOneOrganisationAtATime() {
        Org a = org();
        Org b = org();
        long first = fixtureClass(a, 10);
        long second = fixtureClass(a, 10);
        long ofB = fixtureClass(b, 10);
        String id = idNumber();
        post("/api/v1/classes/" + first + "/roster", a.adminToken(), List.of(row("Zhang", id, null))).expect(200);
        JsonNode sameOrg = post("/api/v1/classes/" + second + "/roster", a.adminToken(), List.of(row("Zhang", id, null))).expect(200).json();
        assertTrue(sameOrg.get("errors").get(0).get("reason").asText().startsWith("C-24:"));
        JsonNode otherOrg = post("/api/v1/classes/" + ofB + "/roster", b.adminToken(), List.of(row("Zhang", id, null))).expect(200).json();
        assertTrue(otherOrg.get("errors").get(0).get("reason").asText().startsWith("C-24:"));
    }

    @Test
    public void c22_c23_tasksGoToTheClassOrAGroupAndLearnersSeeTheirsFromTheStartDate() throws Exception {
        Org org = org();
        long course1 = post("/api/v1/courses", admin, Map.of("title", "Safety", "provider", "P", "category", "C", "type", "FREE_ON_DEMAND",
                "chapters", List.of(Map.of("title", "1", "kind", "VIDEO", "durationSeconds", 2700)))).expect(201).json().get("id").asLong();
        long course2 = post("/api/v1/courses", admin, Map.of("title", "Welding", "provider", "P", "category", "C", "type", "OWN_RECORDED",
                "chapters", List.of(Map.of("title", "1", "kind", "VIDEO", "durationSeconds", 2700)))).expect(201).json().get("id").asLong();
        long cls = fixtureClass(org, 10);
        String inGroup = idNumber();
        String outside = idNumber();
        post("/api/v1/classes/" + cls + "/roster", org.adminToken(), List.of(row("A", inGroup, null), row("B", outside, null))).expect(200);
        long group = post("/api/v1/classes/" + cls + "/groups", org.adminToken(), Map.of("name", "Night shift")).expect(201).json()
                .get("id").asLong();
        post("/api/v1/classes/" + cls + "/groups", org.adminToken(), Map.of("name", "Night shift")).problem(409);
        JsonNode inGroupLogin = post("/api/v1/auth/login", null, Map.of("principal", inGroup, "password", inGroup.substring(12)))
                .expect(200).json();
        String inGroupToken = inGroupLogin.get("token").asText();
        long inGroupId = inGroupLogin.get("account").get("id").asLong();
        String outsideToken = login(outside, outside.substring(12));
        put("/api/v1/classes/" + cls + "/roster/" + inGroupId + "/group", org.adminToken(), Map.of("groupId", group)).expect(200);
        assertEquals(1, get("/api/v1/classes/" + cls + "/groups", org.adminToken()).expect(200).json().get(0).get("members").asInt());
        post("/api/v1/classes/" + cls + "/tasks", org.adminToken(), Map.of("courseId", course1)).expect(201);
        post("/api/v1/classes/" + cls + "/tasks", org.adminToken(), Map.of("courseId", course2, "groupId", group)).expect(201);
        post("/api/v1/classes/" + cls + "/tasks", org.adminToken(), Map.of("courseId", course1)).problem(409);
        post("/api/v1/classes/" + cls + "/tasks", org.adminToken(), Map.of("courseId", 999999)).problem(400);
        assertEquals(2, get("/api/v1/classes/" + cls + "/tasks", inGroupToken).expect(200).json().size());
        assertEquals(1, get("/api/v1/classes/" + cls + "/tasks", outsideToken).expect(200).json().size());
        assertEquals(2, get("/api/v1/classes/" + cls + "/tasks", org.adminToken()).expect(200).json().size());

        // C-23: a class that has not started shows its learners nothing yet
        long future = post("/api/v1/classes", org.adminToken(), Map.of("name", "Next year", "policy", "fixture",
                "startDate", java.time.LocalDate.now().plusYears(1).toString(), "capacity", 10)).expect(201).json().get("id").asLong();
        String late = idNumber();
        // C-24: one class per organisation, so this learner is new
        post("/api/v1/classes/" + future + "/roster", org.adminToken(), List.of(row("C", late, null))).expect(200);
        post("/api/v1/classes/" + future + "/tasks", org.adminToken(), Map.of("courseId", course1)).expect(201);
        assertEquals(0, get("/api/v1/classes/" + future + "/tasks", login(late, late.substring(12))).expect(200).json().size());
        assertEquals(1, get("/api/v1/classes/" + future + "/tasks", org.adminToken()).expect(200).json().size());
        get("/api/v1/classes/" + future + "/tasks", inGroupToken).problem(404);
    }

    @Test
    public void rostersAreOnlyForTheClassOwnerAndStaff() {
        Org a = org();
        Org b = org();
        long cls = fixtureClass(a, 10);
        String id = idNumber();
        post("/api/v1/classes/" + cls + "/roster", a.adminToken(), List.of(row("Zhang", id, null))).expect(200);
        post("/api/v1/classes/" + cls + "/roster", b.adminToken(), List.of(row("Li", idNumber(), null))).problem(404);
        get("/api/v1/classes/" + cls + "/roster", b.adminToken()).problem(404);
        String learner = login(id, id.substring(12));
        get("/api/v1/classes/" + cls + "/roster", learner).problem(403);
        post("/api/v1/classes/" + cls + "/roster", null, List.of()).problem(401);
        post("/api/v1/classes/" + cls + "/roster", a.adminToken(), List.of()).problem(400);
    }

}
