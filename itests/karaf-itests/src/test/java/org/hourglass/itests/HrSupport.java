package org.hourglass.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hourglass.external.simulation.SimulatedRegister;
import org.junit.After;
import org.junit.Before;

/**
 * Shared fixtures of the hr-exam itests ({@link HrExamIT}, {@link HrHandOffIT}): the policy installed at runtime like any
 * policy, core's working-day calendar, a question bank, periods and candidates who register and sit the exam anonymously
 * by ID number. Periods only move forward, so each test class runs in name order (FixMethodOrder on the class: JUnit reads
 * it there), each test in its own month of 2026.
 */
public abstract class HrSupport extends StudySupport {
    protected static final String CODE = "hr-exam";
    protected static final String POLICY = "/api/v1/policies/" + CODE;
    protected static final String PID = "org.hourglass.policy.hr";

    @Before
    public void hrPolicy() throws Exception {
        if (!get("/api/v1/policies", null).body().contains("\"" + CODE + "\"")) {
            features.installFeature("hourglass-policy-" + CODE);
        }
        await("hr policy live", 60, () -> policyState().equals("ACTIVE"));
        if (!"1000".equals(String.valueOf(config(PID).get("publicRequestsPerClient")))) {
            configure(PID, Map.of("publicRequestsPerClient", "1000"));  // every request here comes from one address
        }
        register().failFirstTries(0);
    }

    @After
    public void officialCalendarBack() throws Exception {
        calendar(null);
    }

    protected String policyState() {
        for (JsonNode p : get("/api/v1/policies", null).expect(200).json()) {
            if (p.get("code").asText().equals(CODE)) {
                return p.get("state").asText();
            }
        }
        return "ABSENT";
    }

    protected java.util.Dictionary<String, Object> config(String pid) throws Exception {
        var ref = bundleContext.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        try {
            var props = bundleContext.getService(ref).getConfiguration(pid, "?").getProperties();
            return props == null ? new java.util.Hashtable<>() : props;
        } finally {
            bundleContext.ungetService(ref);
        }
    }

    /** Updates the policy's PID and waits until the policy is active again. */
    protected void configure(String pid, Map<String, String> values) throws Exception {
        var ref = bundleContext.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        try {
            org.osgi.service.cm.Configuration c = bundleContext.getService(ref).getConfiguration(pid, "?");
            java.util.Hashtable<String, Object> props = new java.util.Hashtable<>();
            if (c.getProperties() != null) {
                java.util.Collections.list(c.getProperties().keys()).forEach(k -> props.put(k, c.getProperties().get(k)));
            }
            props.putAll(values);
            c.update(props);
        } finally {
            bundleContext.ungetService(ref);
        }
        // DS publishes a component's configuration in its service properties: the policy's shows when the values are in force
        await("the configuration in force", 30, () -> values.entrySet().stream().allMatch(e -> {
            try {
                return bundleContext.getServiceReferences(org.hourglass.api.policy.TrainingPolicy.class, "(" + e.getKey() + "="
                        + e.getValue() + ")").size() == 1;
            } catch (org.osgi.framework.InvalidSyntaxException x) {
                throw new IllegalArgumentException(x);
            }
        }));
        await("hr policy live after configuration", 60, () -> policyState().equals("ACTIVE")
                && get(POLICY + "/periods/today", null).status() == 200);
    }

    /** Sets core's working-day calendar (PID org.hourglass.calendar); null: no holidays. */
    protected void calendar(String holidays) throws Exception {
        var ref = bundleContext.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        org.osgi.service.cm.Configuration c = bundleContext.getService(ref).getConfiguration("org.hourglass.calendar", null);
        if (holidays == null) {
            c.delete();
        } else {
            c.update(new java.util.Hashtable<>(Map.of("holidays", holidays)));
        }
        bundleContext.ungetService(ref);
        var days = bundleContext.getServiceReference(org.hourglass.api.platform.WorkingDays.class);
        org.hourglass.api.platform.WorkingDays calendar = bundleContext.getService(days);
        LocalDate probe = holidays == null ? LocalDate.of(2026, 3, 9) : LocalDate.parse(holidays.split(",")[0].trim());
        await("the calendar in force", 30, () -> calendar.isWorkingDay(probe) == (holidays == null));
        bundleContext.ungetService(days);
    }

    /** The simulated HR-market management system (simulated-channels feature). */
    protected SimulatedRegister register() {
        return bundleContext.getService(bundleContext.getServiceReference(SimulatedRegister.class));
    }

    /** Moves the platform clock to 09:00 Beijing time of {@code day}; the platform admin logs in again (sessions last 8 h). */
    protected void dayOf(String day) throws Exception {
        clockAt(Instant.parse(day + "T01:00:00Z"));
        admin = adminToken();
    }

    /** A bank of 40 single-choice (key: option 0) and 20 multiple-choice (key: options 0 and 1) questions. */
    protected long bank() {
        Course course = course(60);
        List<Map<String, Object>> qs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            qs.add(Map.of("kind", "SINGLE", "stem", "单选 " + i, "options", List.of("对", "错", "不确定"), "answer", List.of(0), "points", 1));
        }
        for (int i = 0; i < 20; i++) {
            qs.add(Map.of("kind", "MULTIPLE", "stem", "多选 " + i, "options", List.of("甲", "乙", "丙"), "answer", List.of(0, 1), "points", 1));
        }
        return post("/api/v1/papers", admin, Map.of("title", "人力资源市场从业人员题库", "purpose", "PRACTICE", "courseId", course.id(),
                "questions", qs)).expect(201).json().get("id").asLong();
    }

    /** Plans a period (the platform admin); answers its number. */
    protected int period(String examDate, long bank) {
        return post(POLICY + "/periods", admin, Map.of("examDate", examDate, "instructions", "考试当天输入身份证号进入考试；开卷考试。",
                "questionBank", List.of(bank))).expect(201).json().get("number").asInt();
    }

    /** A candidate's check-in data, unique phone and email. */
    protected Map<String, Object> candidate() {
        String phone = phone();
        return new HashMap<>(Map.of("name", "赵六", "idNumber", idNumber(), "phone", phone, "email", "c" + phone + "@example.cn",
                "employer", "北京某人力资源公司"));
    }

    protected JsonNode registered(Map<String, Object> candidate) {
        return post(POLICY + "/registrations", null, candidate).expect(201).json();
    }

    /** Enters today's exam by ID number: the sitting with its token. */
    protected JsonNode enter(Map<String, Object> candidate) {
        return post(POLICY + "/exam/entries", null, Map.of("idNumber", candidate.get("idNumber"))).expect(201).json();
    }

    /** Answers: the first {@code right} questions correctly (the bank's keys), the rest wrongly. */
    protected static List<List<Integer>> answers(JsonNode sitting, int right) {
        List<List<Integer>> out = new ArrayList<>();
        JsonNode qs = sitting.get("questions");
        for (int i = 0; i < qs.size(); i++) {
            boolean multiple = qs.get(i).get("kind").asText().equals("MULTIPLE");
            out.add(i < right ? (multiple ? List.of(0, 1) : List.of(0)) : (multiple ? List.of(2) : List.of(1)));
        }
        return out;
    }

    protected Answer submit(JsonNode sitting, Map<String, Object> candidate, int right) {
        return post(POLICY + "/exam/sittings/" + sitting.get("token").asText() + "/submission", null, Map.of("answers",
                answers(sitting, right), "candidate", candidate));
    }

    protected JsonNode passed(JsonNode sitting, Map<String, Object> candidate) {
        JsonNode result = submit(sitting, candidate, 30).expect(200).json();
        assertEquals(true, result.get("passed").asBoolean());
        return result;
    }
}
