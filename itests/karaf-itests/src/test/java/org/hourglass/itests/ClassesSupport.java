package org.hourglass.itests;

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

/** Shared fixtures of {@link ClassesIT} and {@link RosterImportsIT}: the fixture policy, organisations, classes, rows. */
public abstract class ClassesSupport extends HourglassTestSupport {
    protected String admin;

    @Before
    public void ready() throws Exception {
        awaitPlatform();
        installFixturePolicy();
        admin = adminToken();
    }

    protected Org org() {
        return organization(admin);
    }

    protected long fixtureClass(Org org, int capacity) {
        return post("/api/v1/classes", org.adminToken(), Map.of("name", "Welders", "policy", "fixture", "startDate", "2021-06-01",
                "capacity", capacity)).expect(201).json().get("id").asLong();
    }

    protected static Map<String, Object> row(String name, String idNumber, String contact) {
        Map<String, Object> r = new HashMap<>(Map.of("name", name, "idNumber", idNumber));
        if (contact != null) {
            r.put("contact", contact);
        }
        return r;
    }

    protected static List<Integer> rejectedRows(JsonNode report) {
        List<Integer> rows = new ArrayList<>();
        report.get("errors").forEach(e -> rows.add(e.get("row").asInt()));
        return rows;
    }

    protected static HttpResponse<String> csv(long cls, String token, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/v1/classes/" + cls + "/roster"))
                .header("Content-Type", "text/csv; charset=UTF-8").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
