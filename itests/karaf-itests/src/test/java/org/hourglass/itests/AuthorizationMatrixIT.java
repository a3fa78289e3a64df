package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.Before;
import org.junit.Test;

/**
 * Every endpoint declares who may call it. This walks every operation of the live OpenAPI document, so
 * an endpoint added later is covered without touching this test: every operation must declare its roles
 * ({@code x-roles}); exactly the hand-listed endpoints are public; anonymous callers get 401 everywhere
 * else; a learner gets 403 outside a hand-listed set; every role (platform admin, organisation admin,
 * each institution staff role, reviewer, learner) is refused exactly where its role is not declared;
 * and an organisation admin reaches no object of another organisation.
 */
public class AuthorizationMatrixIT extends HourglassTestSupport {
    /** Endpoints anyone may call (API.md): health, policies, the document itself, login, logout, the phone-code flows. */
    private static final Set<String> PUBLIC = Set.of("GET /v1/health", "GET /v1/policies", "GET /openapi.json",
            "POST /v1/auth/login", "POST /v1/auth/logout", "POST /v1/auth/verification-codes", "POST /v1/auth/registrations",
            "POST /v1/auth/password-resets", "POST /v1/organizations/registrations", "GET /v1/certificates/{code}", "GET /v1/certificates/{code}.pdf",
            "POST /v1/payments/notifications",
            // hr-exam (seed 004): check-in registration and the exam by ID number are public like the QR code, throttled per address
            "GET /v1/policies/hr-exam/periods/today", "POST /v1/policies/hr-exam/registrations/preview",
            "POST /v1/policies/hr-exam/registrations", "POST /v1/policies/hr-exam/exam/entries",
            "GET /v1/policies/hr-exam/exam/sittings/{token}", "PUT /v1/policies/hr-exam/exam/sittings/{token}/answers",
            "POST /v1/policies/hr-exam/exam/sittings/{token}/submission");

    /** What a learner may call besides the public endpoints: their own account, the course catalogue, their tasks. */
    private static final Set<String> LEARNER = Set.of("POST /v1/auth/password", "PUT /v1/auth/phone", "GET /v1/learners/{id}",
            "GET /v1/courses", "GET /v1/courses/{id}", "GET /v1/courses/{id}/chapters", "GET /v1/classes/{id}/tasks",
            "GET /v1/classes", "GET /v1/classes/{id}", "POST /v1/classes/join",
            "POST /v1/learning/heartbeats", "GET /v1/learning/progress", "POST /v1/exams/{paperId}/attempts",
            "GET /v1/attempts/{id}", "PUT /v1/attempts/{id}", "POST /v1/attempts/{id}/submit", "POST /v1/certificates",
            "POST /v1/practice", "GET /v1/attempts",
            "POST /v1/learning/challenges/{nonce}", "POST /v1/learning/sign-ins", "POST /v1/learning/photos",
            "POST /v1/orders", "GET /v1/orders", "GET /v1/orders/{id}", "GET /v1/orders/{id}/events", "POST /v1/orders/{id}/cancellation",
            "POST /v1/orders/{id}/payments", "GET /v1/orders/{id}/payments", "POST /v1/orders/{id}/refunds", "GET /v1/orders/{id}/refunds",
            "POST /v1/payments/{id}/proof", "GET /v1/payments/{id}/proof", "POST /v1/invoices", "GET /v1/invoices", "GET /v1/invoices/{id}",
            "GET /v1/invoices/{id}.pdf", "POST /v1/policies/beijing-subsidy/calculator", "POST /v1/policies/beijing-subsidy/surveys",
            "POST /v1/policies/institution-billing/classes/{id}/questions", "GET /v1/policies/institution-billing/classes/{id}/questions",
            "GET /v1/policies/jiangsu-credits/classes", "GET /v1/policies/jiangsu-credits/pre-enrolments",
            "POST /v1/policies/jiangsu-credits/pre-enrolments", "DELETE /v1/policies/jiangsu-credits/pre-enrolments/{classId}",
            "POST /v1/policies/jiangsu-credits/pre-enrolments/checkout", "GET /v1/policies/jiangsu-credits/face-to-face",
            "POST /v1/policies/jiangsu-credits/face-to-face", "POST /v1/policies/jiangsu-credits/face-to-face/{id}/cancellation",
            "GET /v1/policies/jiangsu-credits/face-to-face/{id}/form.pdf", "POST /v1/policies/jiangsu-credits/declarations",
            "GET /v1/policies/jiangsu-credits/declarations", "GET /v1/policies/jiangsu-credits/years/{year}",
            "GET /v1/policies/jiangsu-credits/years/{year}/archive.pdf", "POST /v1/policies/jiangsu-credits/classes/{id}/course-choices",
            "GET /v1/policies/jiangsu-credits/classes/{id}/home", "POST /v1/learners/{id}/corrections", "GET /v1/learners/{id}/corrections",
            "POST /v1/policies/jiangsu-credits/declarations/{id}/attachments", "GET /v1/policies/jiangsu-credits/declarations/{id}/attachments",
            "GET /v1/policies/jiangsu-credits/declarations/{id}/attachments/{attachmentId}", "POST /v1/policies/hr-exam/sign-ups",
            "GET /v1/policies/hr-exam/periods");

    /** Platform-level operations no other role may ever call, whatever an endpoint declares. */
    private static final Set<String> PLATFORM_ONLY = Set.of("POST /v1/organizations", "POST /v1/institutions");

    @Before
    public void platformUp() throws Exception {
        awaitPlatform();
        // every policy the distribution carries is swept too: the institution, Jiangsu and HR policies are installed at runtime
        for (String code : List.of("institution-billing", "jiangsu-credits", "hr-exam")) {
            features.installFeature("hourglass-policy-" + code);
            await(code + " policy live", 60, () -> get("/api/v1/policies", null).body().contains("\"" + code + "\""));
        }
    }

    record Operation(String method, String path, List<String> roles, String contentType) {
        String key() {
            return method + " " + path;
        }

        String concretePath() {
            return "/api" + path.replaceAll("\\{[^}]+}", "1");
        }

        boolean isPublic() {
            return roles.contains("PUBLIC");
        }
    }

    private List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        JsonNode paths = get("/api/openapi.json", null).expect(200).json().get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fields().forEachRemaining(m -> {
                List<String> roles = new ArrayList<>();
                JsonNode declared = m.getValue().get("x-roles");
                assertTrue(m.getKey() + " " + path.getKey() + " declares its roles (x-roles)", declared != null && declared.isArray());
                declared.forEach(r -> roles.add(r.asText()));
                ops.add(new Operation(m.getKey().toUpperCase(), path.getKey(), roles, contentType(m.getValue())));
            });
        }
        assertTrue("the document lists the core endpoints: " + ops, ops.size() >= 30);
        return ops;
    }

    @Test
    public void exactlyTheExpectedEndpointsArePublic() {
        Set<String> declaredPublic = new TreeSet<>();
        operations().stream().filter(Operation::isPublic).forEach(op -> declaredPublic.add(op.key()));
        assertEquals(new TreeSet<>(PUBLIC), declaredPublic);
    }

    @Test
    public void anonymousCallersGet401OnEveryNonPublicEndpoint() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            if (PUBLIC.contains(op.key())) {
                continue;
            }
            int status = call(op, null).status();
            if (status != 401) {
                wrong.add(op.key() + " -> " + status);
            }
        }
        assertEquals("anonymous must get 401", List.of(), wrong);
    }

    @Test
    public void aLearnerGets403OnEveryEndpointNotMeantForLearners() throws Exception {
        String learner = roleTokens().get("LEARNER").token();
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            if (PUBLIC.contains(op.key()) || LEARNER.contains(op.key())) {
                continue;
            }
            int status = call(op, learner).status();
            if (status != 403) {
                wrong.add(op.key() + " -> " + status);
            }
        }
        assertEquals("a learner must get 403", List.of(), wrong);
    }

    /**
     * Every operation × every role: a role outside the operation's {@code x-roles} gets the role refusal
     * (403), a role inside never does (nor 401). Platform-level operations stay the platform admin's.
     */
    @Test
    public void everyRoleGetsExactlyWhatEachOperationDeclares() throws Exception {
        Map<String, Account> accounts = roleTokens();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Operation op : operations()) {
            if (op.isPublic()) {
                continue;
            }
            for (Map.Entry<String, Account> role : accounts.entrySet()) {
                boolean allowed = role.getValue().roles().stream().anyMatch(op.roles()::contains);
                if (allowed && PLATFORM_ONLY.contains(op.key()) && !role.getKey().equals("PLATFORM_ADMIN")) {
                    wrong.add(op.key() + " is declared for " + role.getKey() + " but is the platform admin's alone");
                }
                Answer a = call(op, role.getValue().token());
                calls++;
                boolean roleRefusal = a.status() == 403 && a.body().contains("this endpoint is for");
                if (allowed == roleRefusal || a.status() == 401) {
                    wrong.add(op.key() + " as " + role.getKey() + " (declared " + op.roles() + ") -> " + a.status());
                }
            }
        }
        assertTrue("swept every operation as every role", calls > 100);
        assertEquals("enforcement must match each operation's declared roles", List.of(), wrong);
    }

    /** An organisation admin reaches none of another organisation's objects (no IDOR): 404, existence not revealed. */
    @Test
    public void anOrganisationAdminCannotReachAnotherOrganisationsObjects() {
        String admin = adminToken();
        Org a = organization(admin);
        Org b = organization(admin);
        String id = idNumber();
        long learner = post("/api/v1/learners", a.adminToken(), Map.of("name", "Cross Org", "idNumber", id)).expect(201).json()
                .get("id").asLong();
        Map<String, Object> edit = Map.of("name", "Taken Over", "responsiblePerson", "Mallory", "businessRegion", "X",
                "insuredRegion", "Y");
        List<String> leaked = new ArrayList<>();
        for (Answer answer : List.of(
                get("/api/v1/organizations/" + a.id(), b.adminToken()),
                put("/api/v1/organizations/" + a.id(), b.adminToken(), edit),
                get("/api/v1/organizations/" + a.id() + "/changes", b.adminToken()),
                get("/api/v1/learners/" + learner, b.adminToken()),
                post("/api/v1/learners/" + learner + "/leave-organization", b.adminToken(), ""),
                post("/api/v1/learners", b.adminToken(), Map.of("name", "Cross Org", "idNumber", id, "organizationId", a.id())))) {
            if (answer.status() != 404 && answer.status() != 403) {
                leaked.add(answer.status() + " " + answer.body());
            }
        }
        assertEquals(List.of(), leaked);
        assertEquals("Li Lei", get("/api/v1/organizations/" + a.id(), admin).expect(200).json().get("responsiblePerson").asText());
        assertEquals(a.id(), get("/api/v1/learners/" + learner, admin).expect(200).json().get("organizationId").asLong());
        // and a learner sees only their own account
        String other = idNumber();
        long otherLearner = post("/api/v1/learners", a.adminToken(), Map.of("name", "Neighbour", "idNumber", other)).expect(201)
                .json().get("id").asLong();
        get("/api/v1/learners/" + otherLearner, login(id, id.substring(12))).problem(404);
    }

    record Account(String token, Set<String> roles) {
    }

    /** One logged-in account per role (fresh organisation, institution and staff); keyed by the role under test. */
    private Map<String, Account> roleTokens() {
        Map<String, Account> tokens = new TreeMap<>();
        tokens.put("PLATFORM_ADMIN", account(ADMIN, ADMIN_PASSWORD));
        String admin = tokens.get("PLATFORM_ADMIN").token(); // C-4: a second admin login would end this session
        Org org = organization(admin);
        tokens.put("ORG_ADMIN", account(org.adminPhone(), "org-admin-pass"));
        String id = idNumber();
        post("/api/v1/learners", tokens.get("ORG_ADMIN").token(), Map.of("name", "Matrix Learner", "idNumber", id)).expect(201);
        tokens.put("LEARNER", account(id, id.substring(12)));
        long inst = post("/api/v1/institutions", admin, Map.of("name", "Matrix School " + nextSeq(), "creditCode", creditCode()))
                .expect(201).json().get("id").asLong();
        for (String role : List.of("ACADEMIC_ADMIN", "HEAD_TEACHER", "ASSISTANT", "BILLING_ADMIN", "REVIEWER")) {
            String user = role.toLowerCase().replace("_", "") + nextSeq();
            Map<String, Object> staff = new java.util.HashMap<>(Map.of("username", user, "name", "Staff", "role", role,
                    "password", "staff-pass-1"));
            if (!role.equals("REVIEWER")) {
                staff.put("institutionId", inst);
            }
            post("/api/v1/staff", admin, staff).expect(201);
            tokens.put(role, account(user, "staff-pass-1"));
        }
        return tokens;
    }

    private Account account(String principal, String password) {
        JsonNode in = post("/api/v1/auth/login", null, Map.of("principal", principal, "password", password)).expect(200).json();
        Set<String> roles = new java.util.HashSet<>();
        in.get("account").get("roles").forEach(r -> roles.add(r.asText()));
        return new Account(in.get("token").asText(), roles);
    }

    /** JSON when the operation takes it, else the first media type it declares (e.g. image/jpeg for photos). */
    private static String contentType(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isMissingNode() || content.has("application/json") || !content.fieldNames().hasNext()) {
            return "application/json";
        }
        return content.fieldNames().next();
    }

    /** Sends the operation with an empty JSON object body where it takes one; authorization runs before the body is read. */
    private static Answer call(Operation op, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + op.concretePath()));
        b = switch (op.method()) {
            case "GET" -> b.GET();
            case "DELETE" -> b.DELETE();
            default -> b.header("Content-Type", op.contentType()).method(op.method(), HttpRequest.BodyPublishers.ofString("{}"));
        };
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }
}
