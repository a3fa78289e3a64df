package org.hourglass.itests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.hourglass.external.simulation.SimulatedAuthority;
import org.junit.After;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * What the Beijing itests share (BeijingIT: the calculator, the class end to end, offline training, invoices, the shell;
 * BeijingRulesIT: the gates and the rules read from the seeds): the policy's configuration, its classes, copies and
 * tasks, the simulated authority. The seed's parameters are restored after every test.
 */
public abstract class BeijingSupport extends StudySupport {
    protected static final String PID = "org.hourglass.policy.beijing";
    protected static final String FEATURE = "hourglass-policy-beijing-subsidy";
    protected static final String BASE_PATH = "/api/v1/policies/beijing-subsidy";

    @After
    public void seedParameters() throws Exception {
        configure(Map.of());
    }

    /** Sets the policy's configuration (the distribution's policyEnd plus {@code props}) and waits until the calculator uses it. */
    protected void configure(Map<String, String> props) throws Exception {
        ServiceReference<ConfigurationAdmin> ref = bundleContext.getServiceReference(ConfigurationAdmin.class);
        Configuration c = bundleContext.getService(ref).getConfiguration(PID, null);
        Dictionary<String, Object> d = new Hashtable<>(Map.of("policyEnd", "2027-12-31"));
        props.forEach(d::put);
        c.update(d);
        bundleContext.ungetService(ref);
        String tiers = props.getOrDefault("tiers", "40,60,80");
        int top = Integer.parseInt(tiers.substring(tiers.lastIndexOf(',') + 1));
        String token = adminToken();
        admin = token;
        await("the policy uses tiers " + tiers, 30, () -> {
            Answer a = post(BASE_PATH + "/calculator", token, Map.of("hours", Map.of("FREE_ON_DEMAND", top + 0.5)));
            return a.status() == 200 && a.json().get("tierHours").asInt() == top;
        });
    }

    protected JsonNode calc(Map<String, Object> hours) {
        return post(BASE_PATH + "/calculator", admin, Map.of("hours", hours)).expect(200).json();
    }

    /** A 45-minute course (1.0 class hour) of the type, with a 10-question paper. */
    protected Course course45(String type, String price) {
        long paper = paper();
        Map<String, Object> body = price == null ? course(type, null, 2700) : pricedCourse(admin, type, price, 2700);
        body.put("paperId", paper);
        JsonNode c = post("/api/v1/courses", admin, body).expect(201).json();
        return new Course(c.get("id").asLong(), List.of(c.get("chapters").get(0).get("id").asLong()), paper);
    }

    protected void watchAndPass(Org org, long cls, Course course, Learner learner, int rightAnswers) throws Exception {
        Setup s = new Setup(org, cls, course, learner);
        play(s, course.chapters().get(0), 0, 2700, 120, 1.0, "player-" + learner.id()); // one device per learner (C-4)
        clockAt(platformNow().plusSeconds(60));
        beat(s, course.chapters().get(0), 2700, "player-" + learner.id()).expect(200);
        long attempt = post("/api/v1/exams/" + course.paperId() + "/attempts", learner.token(), Map.of("classId", cls, "courseId",
                course.id())).expect(201).json().get("id").asLong();
        post("/api/v1/attempts/" + attempt + "/submit", learner.token(), answers(rightAnswers)).expect(200);
    }

    /** {@code n} new learners of the class who may study {@code course}: free copies ordered, a task published (BJ-10). */
    protected List<Learner> withTask(Org org, long cls, Course course, int n) {
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            learners.add(learnerIn(org, cls));
        }
        post("/api/v1/orders", org.adminToken(), Map.of("policy", "beijing-subsidy", "lines", List.of(Map.of("kind", "COURSE_COPIES",
                "courseId", course.id(), "quantity", n)))).expect(201);
        post("/api/v1/classes/" + cls + "/tasks", org.adminToken(), Map.of("courseId", course.id())).expect(201);
        return learners;
    }

    /** A Beijing class of a new organisation, open, whose package is the one 45-minute course of {@code type}. */
    protected record CourseClass(Course course, long pkg, Org org, long cls) {
    }

    protected CourseClass courseClass(String type, String price) {
        Course course = course45(type, price);
        long pkg = packageOf(course);
        Org org = organization(admin);
        return new CourseClass(course, pkg, org, beijingClass(org, pkg));
    }

    protected long packageOf(Course... courses) {
        return post("/api/v1/packages", admin, Map.of("name", "BJ " + nextSeq(), "courseIds",
                java.util.Arrays.stream(courses).map(Course::id).toList())).expect(201).json().get("id").asLong();
    }

    /** BJ-1: the organisation declares each learner insured in Beijing and still employed (seed 000 Q2). */
    protected void declareEligible(Org org, Learner... learners) {
        for (Learner l : learners) {
            post(BASE_PATH + "/employment", org.adminToken(), Map.of("learnerId", l.id(), "insuredInBeijing", true, "employed", true))
                    .expect(200);
        }
    }

    protected SimulatedAuthority authority() {
        return bundleContext.getService(bundleContext.getServiceReference(SimulatedAuthority.class));
    }

    protected long beijingClass(Org org, long pkg) {
        return beijingClass(org, pkg, 30);
    }

    protected long beijingClass(Org org, long pkg, int capacity) {
        long cls = post("/api/v1/classes", org.adminToken(), Map.of("name", "Welders 2026", "policy", "beijing-subsidy",
                "startDate", START, "capacity", capacity, "packageId", pkg)).expect(201).json().get("id").asLong();
        post("/api/v1/classes/" + cls + "/transitions", org.adminToken(), Map.of("to", "OPEN")).expect(201);
        return cls;
    }

    protected int available(Org org, long course) {
        for (JsonNode s : get("/api/v1/stock", org.adminToken()).expect(200).json()) {
            if (s.get("courseId").asLong() == course) {
                return s.get("available").asInt();
            }
        }
        return 0;
    }
}
