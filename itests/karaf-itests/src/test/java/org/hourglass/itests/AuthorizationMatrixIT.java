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
import org.junit.Before;
import org.junit.Test;

/**
 * Every endpoint declares who may call it. This walks every operation of the live OpenAPI document, so
 * an endpoint added later is covered without touching this test: anonymous callers get 401 everywhere
 * but on the explicitly public endpoints, and a learner gets 403 on every staff-only endpoint.
 */
public class AuthorizationMatrixIT extends HourglassTestSupport {
    /** Endpoints anyone may call (API.md): health, policies, the document itself, login and logout. */
    private static final Set<String> PUBLIC = Set.of("GET /v1/health", "GET /v1/policies", "GET /openapi.json",
            "POST /v1/auth/login", "POST /v1/auth/logout");

    /** What a learner may call besides the public endpoints: their own account, the course catalogue, their tasks. */
    private static final Set<String> LEARNER = Set.of("POST /v1/auth/password", "GET /v1/learners/{id}",
            "GET /v1/courses", "GET /v1/courses/{id}", "GET /v1/courses/{id}/chapters", "GET /v1/classes/{id}/tasks");

    @Before
    public void platformUp() {
        awaitPlatform();
    }

    record Operation(String method, String path) {
        String key() {
            return method + " " + path;
        }

        String concretePath() {
            return "/api" + path.replaceAll("\\{[^}]+}", "1");
        }
    }

    private List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        JsonNode paths = get("/api/openapi.json", null).expect(200).json().get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> ops.add(new Operation(m.toUpperCase(), path.getKey())));
        }
        assertTrue("the document lists the core endpoints: " + ops, ops.size() >= 20);
        return ops;
    }

    @Test
    public void anonymousCallersGet401OnEveryNonPublicEndpoint() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            if (PUBLIC.contains(op.key())) {
                continue;
            }
            int status = call(op, null);
            if (status != 401) {
                wrong.add(op.key() + " -> " + status);
            }
        }
        assertEquals("anonymous must get 401", List.of(), wrong);
    }

    @Test
    public void aLearnerGets403OnEveryEndpointNotMeantForLearners() throws Exception {
        String admin = adminToken();
        JsonNode org = post("/api/v1/organizations", admin, Map.of("name", "Matrix Org", "creditCode", creditCode(),
                "responsiblePerson", "Li", "businessRegion", "Haidian", "insuredRegion", "Beijing",
                "admin", Map.of("name", "Han", "phone", phone(), "password", "org-admin-pass"))).expect(201).json();
        String id = idNumber();
        post("/api/v1/learners", admin, Map.of("name", "Matrix Learner", "idNumber", id, "organizationId", org.get("id").asLong()))
                .expect(201);
        String learner = login(id, id.substring(12));
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            if (PUBLIC.contains(op.key()) || LEARNER.contains(op.key())) {
                continue;
            }
            int status = call(op, learner);
            if (status != 403) {
                wrong.add(op.key() + " -> " + status);
            }
        }
        assertEquals("a learner must get 403", List.of(), wrong);
    }

    /** Sends the operation with an empty JSON object body where it takes one; authorization runs before the body is read. */
    private static int call(Operation op, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + op.concretePath()));
        b = switch (op.method()) {
            case "GET" -> b.GET();
            case "DELETE" -> b.DELETE();
            default -> b.header("Content-Type", "application/json").method(op.method(), HttpRequest.BodyPublishers.ofString("{}"));
        };
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
