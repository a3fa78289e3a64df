package org.hourglass.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hourglass.api.messaging.CodePurpose;
import org.junit.Before;

/**
 * Shared fixtures of the jiangsu-credits itests ({@link JiangsuIT}, {@link JiangsuYearIT}): the policy installed at runtime like
 * any policy, training providers with their academic admin and open classes of a training year and grade, self-registered
 * workers who enrol through the pre-enrolment list and pay online, city office reviewers.
 */
public abstract class JiangsuSupport extends StudySupport {
    protected static final String CODE = "jiangsu-credits";

    protected static final String POLICY = "/api/v1/policies/" + CODE;

    @Before
    public void jiangsuPolicy() throws Exception {
        if (!get("/api/v1/policies", null).body().contains("\"" + CODE + "\"")) {
            features.installFeature("hourglass-policy-" + CODE);
        }
        await("jiangsu policy live", 60, () -> policyState().equals("ACTIVE"));
    }

    protected String policyState() {
        for (JsonNode p : get("/api/v1/policies", null).expect(200).json()) {
            if (p.get("code").asText().equals(CODE)) {
                return p.get("state").asText();
            }
        }
        return "ABSENT";
    }

    /** A training provider (an institution) and its academic admin. */
    protected record Provider(long id, String academic) {
    }

    protected Provider provider() {
        long id = post("/api/v1/institutions", admin, Map.of("name", "江苏某继续教育培训中心 " + nextSeq(), "creditCode", creditCode()))
                .expect(201).json().get("id").asLong();
        String user = "academic" + nextSeq();
        post("/api/v1/staff", admin, Map.of("username", user, "name", "教务", "role", "ACADEMIC_ADMIN", "password", "staff-pass-1",
                "institutionId", id)).expect(201);
        return new Provider(id, login(user, "staff-pass-1"));
    }

    /** An open class of the provider for a training year and grade, on a package of one 60-second course. */
    protected long openClass(Provider p, int year, String grade) {
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
    protected record Worker(long id, String phone, String token) {
    }

    protected Worker register() {
        String phone = phone();
        post("/api/v1/auth/verification-codes", null, Map.of("purpose", "REGISTRATION", "phone", phone)).expect(202);
        long id = post("/api/v1/auth/registrations", null, Map.of("name", "张三", "idNumber", idNumber(), "phone", phone, "password",
                "keep-learning-1", "code", sentCode(phone, CodePurpose.REGISTRATION))).expect(201).json().get("id").asLong();
        return new Worker(id, phone, login(phone, "keep-learning-1"));
    }

    protected Worker again(Worker w) {
        return new Worker(w.id(), w.phone(), login(w.phone(), "keep-learning-1"));
    }

    protected List<JsonNode> checkout(Worker w, List<Long> classIds) {
        List<JsonNode> orders = new ArrayList<>();
        post(POLICY + "/pre-enrolments/checkout", w.token(), Map.of("classIds", classIds, "invoice", Map.of("title", "张三", "delivery",
                "EMAIL"))).expect(201).json().forEach(orders::add);
        return orders;
    }

    protected void pay(Worker w, long order) {
        assertEquals("SUCCEEDED", post("/api/v1/orders/" + order + "/payments", w.token(), Map.of("method", "ONLINE"), "Idempotency-Key",
                "js-" + order).expect(201).json().get("status").asText());
    }

    protected boolean onRoster(Provider p, long cls, Worker w) {
        for (JsonNode r : get("/api/v1/classes/" + cls + "/roster", p.academic()).expect(200).json()) {
            if (r.get("learnerId").asLong() == w.id()) {
                return true;
            }
        }
        return false;
    }

    /** A worker enrolled in a class through his list, paid: a study-ready learner of it. */
    protected Learner enrolled(Worker w, long cls) {
        post(POLICY + "/pre-enrolments", w.token(), Map.of("classId", cls)).expect(201);
        pay(w, checkout(w, List.of(cls)).get(0).get("id").asLong());
        return new Learner(w.id(), "", w.token());
    }

    /** A platform reviewer, acting for a city's examination office when {@code city} is given (JS-8). */
    protected String reviewer(String city) {
        String user = "office" + nextSeq();
        long id = post("/api/v1/staff", admin, Map.of("username", user, "name", "工考办", "role", "REVIEWER", "password", "staff-pass-1"))
                .expect(201).json().get("id").asLong();
        if (city != null) {
            put(POLICY + "/city-reviewers/" + id, admin, Map.of("city", city)).expect(200);
        }
        return login(user, "staff-pass-1");
    }
}
