package org.hourglass.bench.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/** A JSON client of the Hourglass REST API: one shared HttpClient, bodies as strings, answers parsed on demand. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    final String base;
    final HttpClient client;

    Http(String base, int threads) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "http");
                    t.setDaemon(true);
                    return t;
                })).build();
    }

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        Answer expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException("expected " + java.util.Arrays.toString(statuses) + " but got " + status + ": " + body);
        }
    }

    static String json(Object value) {
        try {
            return value instanceof String s ? s : JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    HttpRequest request(String method, String path, String token, Object body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else if (body instanceof byte[] bytes) {
            b.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        } else {
            if (headers.length == 0 || !java.util.Arrays.asList(headers).contains("Content-Type")) {
                b.header("Content-Type", "application/json");
            }
            b.method(method, HttpRequest.BodyPublishers.ofString(json(body)));
        }
        return b.build();
    }

    Answer send(String method, String path, String token, Object body, String... headers) {
        try {
            return toAnswer(client.send(request(method, path, token, body, headers), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<Answer> sendAsync(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(Http::toAnswer);
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null);
    }

    Answer post(String path, String token, Object body, String... headers) {
        return send("POST", path, token, body, headers);
    }

    private static Answer toAnswer(HttpResponse<String> r) {
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /**
     * Logs in; while the platform is still starting (its application fills up as bundles register their resources,
     * so the login resource can be missing for a moment after health first answers) a 404 or 503 is waited out.
     */
    String login(String principal, String password) {
        java.util.Map<String, String> body = java.util.Map.of("principal", principal, "password", password);
        Answer a = post("/api/v1/auth/login", null, body);
        for (int i = 0; i < 300 && (a.status() == 404 || a.status() == 503); i++) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            a = post("/api/v1/auth/login", null, body);
        }
        return a.expect(200).json().get("token").asText();
    }

    /** One path of each core bundle's resources, as the live OpenAPI document names them. */
    private static final java.util.List<String> CORE_PATHS = java.util.List.of("/v1/health", "/v1/auth/login", "/v1/learners",
            "/v1/courses", "/v1/classes", "/v1/learning/heartbeats", "/v1/certificates", "/v1/orders", "/v1/stock", "/v1/invoices", "/v1/refunds/{id}/decision");

    /**
     * Waits until {@code /api/v1/health} answers 200 and every core bundle's resources joined the application (the
     * whiteboard rebuilds it, answering 404 for a moment, as each joins during boot — issue 19 makes health wait for
     * that); returns the milliseconds waited.
     */
    long awaitUp(Duration limit) throws InterruptedException {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < limit.toNanos()) {
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200 && allCorePathsServed()) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("not up after " + limit);
    }

    private boolean allCorePathsServed() throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/openapi.json")).timeout(Duration.ofSeconds(5))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return false;
        }
        JsonNode paths = JSON.readTree(r.body()).path("paths");
        return CORE_PATHS.stream().allMatch(paths::has);
    }
}
