package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

/**
 * The foundation on the real assembly: health, policies, the one error shape, authentication, the
 * OpenAPI document, and the hot-deploy cycle of a policy bundle (issue 2).
 */
public class PlatformIT extends HourglassTestSupport {

    @Before
    public void platformUp() {
        awaitPlatform();
    }

    @Test
    public void healthIs200WithTheDatabaseAndEachCoreBundleUp() {
        await("accounts and classes report health", 30, () -> {
            List<String> up = new ArrayList<>();
            for (JsonNode c : get("/api/v1/health", null).expect(200).json().get("components")) {
                if (c.get("up").asBoolean()) {
                    up.add(c.get("component").asText());
                }
            }
            return up.containsAll(List.of("database", "bundle api", "bundle rest", "bundle accounts", "bundle classes",
                    "unit hourglass-accounts", "unit hourglass-classes"));
        });
        assertEquals("UP", get("/api/v1/health", null).expect(200).json().get("status").asText());
        // issue 19, boot readiness: UP includes every core REST resource joined to the application (until then STARTING)
        JsonNode app = null;
        for (JsonNode c : get("/api/v1/health", adminToken()).expect(200).json().get("components")) {
            app = "rest application".equals(c.get("component").asText()) ? c : app;
        }
        assertTrue(String.valueOf(app), app != null && app.get("up").asBoolean()
                && app.get("detail").asText().matches("\\d+ core resources joined")
                && Integer.parseInt(app.get("detail").asText().split(" ")[0]) >= 15);
    }

    /**
     * Issue 14 item 15: the public health listed every bundle's and the database's version. Anyone sees which component
     * is up; only the platform admin sees details. Every answer carries nosniff, and a request in a charset the JVM
     * does not know is a 415 problem (it was a 500 text/html naming servlet classes).
     */
    @Test
    public void healthDetailsAreThePlatformAdminsAndOddRequestsGetProblems() {
        Answer anonymous = get("/api/v1/health", null).expect(200);
        for (JsonNode c : anonymous.json().get("components")) {
            assertTrue(c.toString(), c.get("detail") == null || c.get("detail").isNull());
        }
        assertFalse(anonymous.body(), anonymous.body().contains("SNAPSHOT") || anonymous.body().contains("Derby"));
        assertTrue(get("/api/v1/health", adminToken()).expect(200).body().contains("SNAPSHOT"));
        assertEquals(java.util.Optional.of("nosniff"), anonymous.headers().firstValue("X-Content-Type-Options"));

        Answer oddCharset = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + "/api/v1/auth/login"))
                .header("Content-Type", "application/json; charset=x-klingon")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"principal\":\"a\",\"password\":\"b\"}")), null);
        assertTrue(oddCharset.problem(415).get("type").asText().endsWith("/unsupported-media-type"));

        // item 12: paging links carry no host (the Host header is the caller's to choose)
        organization(adminToken());
        organization(adminToken());
        String link = get("/api/v1/organizations?limit=1", adminToken()).expect(200).headers().firstValue("Link").orElseThrow();
        assertTrue(link, link.startsWith("</api/v1/organizations?"));
    }

    @Test
    public void theBrowsableApiUiServesTheLiveDocument() {
        Answer index = get("/docs/index.html", null).expect(200);
        assertTrue(index.body().contains("Hourglass REST API"));
        assertTrue(get("/docs/ui/swagger-ui-bundle.js", null).expect(200).body().length() > 100_000);
        Answer init = get("/docs/swagger-initializer.js", null).expect(200);
        assertTrue(init.body(), init.body().contains("/api/openapi.json"));
        // issue 14 item 15: the container's own errors under /docs were Jetty's HTML page
        for (String missing : new String[] {"/docs/no-such-page.html", "/docs/ui/no-such-file.js"}) {
            Answer notFound = get(missing, null);
            assertEquals(missing, 404, notFound.status());
            assertTrue(notFound.contentType(), notFound.contentType().startsWith("application/problem+json"));
            assertEquals(404, notFound.json().get("status").asInt());
            assertFalse(notFound.body(), notFound.body().contains("jetty") || notFound.body().contains("<html"));
        }
    }

    @Test
    public void policiesArePublicAndJson() {
        Answer a = get("/api/v1/policies", null).expect(200);
        assertTrue(a.contentType().startsWith("application/json"));
        assertTrue(a.json().isArray());
    }

    @Test
    public void malformedJsonIs400ProblemAndNever500() {
        JsonNode p = post("/api/v1/auth/login", null, "{\"principal\": ").problem(400);
        assertTrue(p.get("type").asText().endsWith("/malformed-json"));
        String token = adminToken();
        post("/api/v1/classes", token, "{not json").problem(400);
        post("/api/v1/classes", token, "[1,2,3]").problem(400);
        post("/api/v1/classes", token, "").problem(400);
    }

    @Test
    public void wrongTypesUnknownFieldsDuplicateKeysAndDeepNestingAre400WithTheField() {
        String token = adminToken();
        JsonNode wrongType = post("/api/v1/classes", token,
                "{\"name\":\"A\",\"policy\":\"fixture\",\"startDate\":\"2021-06-01\",\"capacity\":\"ten\"}").problem(400);
        assertEquals("capacity", wrongType.get("errors").get(0).get("field").asText());
        assertTrue(wrongType.get("detail").asText().contains("whole number"));

        JsonNode unknown = post("/api/v1/classes", token, "{\"name\":\"A\",\"colour\":\"red\"}").problem(400);
        assertEquals("colour", unknown.get("errors").get(0).get("field").asText());

        post("/api/v1/auth/login", null, "{\"principal\":\"admin\",\"principal\":\"x\",\"password\":\"y\"}").problem(400);

        String deep = "[".repeat(5000) + "]".repeat(5000);
        post("/api/v1/classes", token, "{\"settings\":" + deep + "}").problem(400);

        JsonNode badDate = post("/api/v1/classes", token,
                "{\"name\":\"A\",\"policy\":\"fixture\",\"startDate\":\"2021-13-45\",\"capacity\":5}").problem(400);
        assertEquals("startDate", badDate.get("errors").get(0).get("field").asText());
    }

    @Test
    public void invalidFieldsAreAllReportedAtOnce() {
        JsonNode p = post("/api/v1/classes", adminToken(), "{\"name\":\"\",\"policy\":\"NOT A CODE\",\"capacity\":0}").problem(400);
        List<String> fields = new ArrayList<>();
        p.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertTrue(fields.toString(), fields.containsAll(List.of("name", "policy", "startDate", "capacity")));
    }

    @Test
    public void unknownPathsAndIdsAre404_unconvertibleParametersAre400() {
        get("/api/v1/no-such-thing", null).problem(404);
        String token = adminToken();
        get("/api/v1/classes/999999", token).problem(404);
        // a parameter that cannot be converted is bad input, not an unknown resource (issue 7 bad-input corpus)
        assertTrue(get("/api/v1/classes/not-a-number", token).problem(400).get("detail").asText().contains("parameter"));
        get("/api/v1/classes?limit=abc", token).problem(400);
        get("/api/v1/classes?offset=1e999", token).problem(400);
        // a policy code never deployed here is an unknown path (a known policy that is away answers 503, see the hot-deploy cycle)
        get("/api/v1/policies/jiangsu-credits/anything", token).problem(404);
    }

    @Test
    public void anonymousAndUnknownTokensAreRefused401() {
        Answer anonymous = get("/api/v1/classes", null);
        anonymous.problem(401);
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        get("/api/v1/classes", "forged-token").problem(401);
        post("/api/v1/auth/login", null, "{\"principal\":\"admin\",\"password\":\"wrong\"}").problem(401);
        post("/api/v1/auth/login", null, "{\"principal\":\"nobody\",\"password\":\"wrong\"}").problem(401);
    }

    @Test
    public void c04_aNewLoginEndsTheOtherSession() {
        String first = adminToken();
        get("/api/v1/classes", first).expect(200);
        String second = adminToken();
        assertNotEquals(first, second);
        get("/api/v1/classes", first).problem(401);
        get("/api/v1/classes", second).expect(200);
        post("/api/v1/auth/logout", second, "").expect(204);
        get("/api/v1/classes", second).problem(401);
    }

    @Test
    public void listsArePagedWithTotalAndLinks() {
        String token = adminToken();
        Answer page = get("/api/v1/classes?offset=0&limit=1", token).expect(200);
        assertTrue(page.headers().firstValue("X-Total-Count").isPresent());
        get("/api/v1/classes?limit=501", token).problem(400);
        get("/api/v1/classes?offset=-1", token).problem(400);
    }

    @Test
    public void openApiDocumentListsTheLiveEndpoints() {
        JsonNode doc = get("/api/openapi.json", null).expect(200).json();
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        JsonNode paths = doc.get("paths");
        for (String p : List.of("/v1/health", "/v1/policies", "/v1/auth/login", "/v1/classes", "/v1/classes/{id}/transitions")) {
            assertTrue("OpenAPI lists " + p + ": " + paths.fieldNames(), paths.has(p));
        }
    }

    @Test
    public void anOperationNeedingAnAbsentPolicyIs503AndChangesNothing() {
        String token = adminToken();
        long before = Long.parseLong(get("/api/v1/classes", token).expect(200).headers().firstValue("X-Total-Count").orElseThrow());
        JsonNode p = post("/api/v1/classes", token, Map.of("name", "Absent", "policy", "jiangsu-credits",
                "ownerKind", "ORGANIZATION", "ownerId", 1, "startDate", "2021-06-01", "capacity", 10)).problem(503);
        assertTrue(p.get("type").asText().endsWith("/policy-not-deployed"));
        long after = Long.parseLong(get("/api/v1/classes", token).expect(200).headers().firstValue("X-Total-Count").orElseThrow());
        assertEquals(before, after);
    }

    /**
     * Issue 2 §12: a policy bundle installed at runtime goes live; uninstalled, its resource answers 503, it leaves
     * /policies, its classes answer 503 for policy operations while core keeps answering, no core bundle is
     * stopped or refreshed, and its rows survive; reinstalled, everything resumes with the same rows.
     */
    @Test
    public void policyHotDeployUndeployRedeployCycle() throws Exception {
        String version = System.getProperty("hourglass.version");
        features.addRepository(URI.create("mvn:org.hourglass/hourglass-policy-fixture/" + version + "/xml/features"));
        List<String> coreEvents = Collections.synchronizedList(new ArrayList<>());
        SynchronousBundleListener watcher = e -> {
            String name = e.getBundle().getSymbolicName();
            if (!"hourglass-policy-fixture".equals(name) && e.getType() != BundleEvent.INSTALLED) {
                coreEvents.add(name + ":" + e.getType());
            }
        };
        Map<Long, Integer> statesBefore = bundleStates();
        bundleContext.addBundleListener(watcher);
        // core traffic during every deploy and undeploy: the whiteboard's endpoint handover must never show (issue 7)
        java.util.concurrent.atomic.AtomicBoolean polling = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<String> coreAnswers = Collections.synchronizedList(new ArrayList<>());
        Thread poller = new Thread(() -> {
            while (polling.get()) {
                Answer a = get("/api/v1/policies", null);
                if (a.status() != 200) {
                    coreAnswers.add(a.status() + " " + a.contentType() + " " + a.body());
                }
            }
        }, "core-poller");
        poller.start();
        try {
            // deploy
            features.installFeature(FIXTURE_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
            awaitPolicyListed(true);
            await("fixture resource answers", 30, () -> get("/api/v1/policies/fixture/notes", null).status() == 200);
            String token = adminToken();
            post("/api/v1/policies/fixture/notes", null, Map.of("text", "x")).problem(401);
            post("/api/v1/policies/fixture/notes", token, Map.of("text", "kept across redeploy")).expect(201);
            assertTrue(get("/api/openapi.json", null).expect(200).json().get("paths").has("/v1/policies/fixture/notes"));
            // a policy is reported on its own, never among the core components whose health is the node's
            JsonNode health = get("/api/v1/health", null).expect(200).json();
            assertEquals("ACTIVE", policyIn(health.get("policies"), "fixture").get("state").asText());
            assertFalse(health.toString(), health.get("components").toString().contains("fixture"));
            long classId = post("/api/v1/classes", token, Map.of("name", "Fixture class", "policy", "fixture",
                    "ownerKind", "ORGANIZATION", "ownerId", 7, "startDate", "2021-06-01", "capacity", 20))
                    .expect(201).json().get("id").asLong();
            post("/api/v1/classes/" + classId + "/transitions", token, Map.of("to", "OPEN")).expect(201);
            JsonNode tooBig = post("/api/v1/classes", token, Map.of("name", "Too big", "policy", "fixture",
                    "ownerKind", "ORGANIZATION", "ownerId", 7, "startDate", "2021-06-01", "capacity", 51)).problem(400);
            assertEquals("capacity", tooBig.get("errors").get(0).get("field").asText());

            // undeploy
            features.uninstallFeature(FIXTURE_FEATURE);
            awaitPolicyListed(false);
            awaitFixtureResourceGone();
            get("/api/v1/health", null).expect(200);
            assertEquals("OPEN", get("/api/v1/classes/" + classId, token).expect(200).json().get("status").asText());
            JsonNode absent = post("/api/v1/classes/" + classId + "/transitions", token,
                    Map.of("to", "CLOSED", "reason", "end")).problem(503);
            assertTrue(absent.get("type").asText().endsWith("/policy-not-deployed"));
            assertEquals("OPEN", get("/api/v1/classes/" + classId, token).expect(200).json().get("status").asText());
            assertFalse(get("/api/openapi.json", null).expect(200).json().get("paths").has("/v1/policies/fixture/notes"));

            // redeploy
            features.installFeature(FIXTURE_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
            awaitPolicyListed(true);
            await("fixture resource back", 30, () -> get("/api/v1/policies/fixture/notes", null).status() == 200);
            JsonNode notes = get("/api/v1/policies/fixture/notes", null).expect(200).json();
            assertEquals(1, notes.size());
            assertEquals("kept across redeploy", notes.get(0).get("text").asText());
            JsonNode refused = post("/api/v1/classes/" + classId + "/transitions", token, Map.of("to", "CLOSED")).problem(409);
            assertTrue(refused.get("detail").asText().startsWith("FX-1:"));
            post("/api/v1/classes/" + classId + "/transitions", token, Map.of("to", "CLOSED", "reason", "course over")).expect(201);
            JsonNode audit = get("/api/v1/classes/" + classId + "/transitions", token).expect(200).json();
            assertEquals(3, audit.size());
            assertEquals("CLOSED", audit.get(2).get("to").asText());
            assertEquals("course over", audit.get(2).get("reason").asText());
            features.uninstallFeature(FIXTURE_FEATURE);
            awaitPolicyListed(false);
        } finally {
            bundleContext.removeBundleListener(watcher);
            polling.set(false);
            poller.join();
        }
        assertEquals("core answered 200 throughout the policy's comings and goings", List.of(), coreAnswers);
        assertEquals("no core or platform bundle stopped, refreshed or restarted", List.of(), coreEvents);
        Map<Long, Integer> statesAfter = bundleStates();
        statesAfter.keySet().retainAll(statesBefore.keySet());
        assertEquals("core and platform bundles: same ids, same states", statesBefore, statesAfter);
    }

    /**
     * Issue 13: the running Declarative Services graph of Hourglass components (core and deployed policies, the fixture
     * included) has no cycle. An edge is a reference bound to a service another Hourglass component provides; the
     * whiteboards through which a lower bundle calls the ones above it (participants, policies) are edges too, so the
     * one-way stack holds at run time, not only in the imports.
     */
    @Test
    public void theComponentGraphOfCoreAndPoliciesHasNoCycle() throws Exception {
        features.addRepository(URI.create("mvn:org.hourglass/hourglass-policy-fixture/" + System.getProperty("hourglass.version")
                + "/xml/features"));
        features.installFeature(FIXTURE_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        try {
            awaitPolicyListed(true);
            Map<String, java.util.Set<String>> uses = ComponentGraph.of(bundleContext);
            assertTrue("the graph holds core and policy components: " + uses.keySet(), uses.size() > 80
                    && uses.containsKey("org.hourglass.itests.fixture.internal.FixturePolicy"));
            assertEquals("DS reference cycles", List.of(), ComponentGraph.cycles(uses));
        } finally {
            features.uninstallFeature(FIXTURE_FEATURE);
            awaitPolicyListed(false);
        }
    }

    /** README: a policy jar dropped into deploy/ goes live, and leaves when the file is removed. */
    @Test
    public void policyJarDroppedIntoDeployFolderGoesLiveAndLeavesWhenRemoved() throws Exception {
        awaitPolicyListed(false);
        Path jar = Path.of(System.getProperty("hourglass.localRepository"), "org", "hourglass", "hourglass-policy-fixture",
                System.getProperty("hourglass.version"), "hourglass-policy-fixture-" + System.getProperty("hourglass.version") + ".jar");
        Path dropped = Path.of(System.getProperty("karaf.base"), "deploy", "hourglass-policy-fixture.jar");
        Files.copy(jar, dropped, StandardCopyOption.REPLACE_EXISTING);
        try {
            awaitPolicyListed(true);
            await("fixture resource answers", 30, () -> get("/api/v1/policies/fixture/notes", null).status() == 200);
        } finally {
            Files.delete(dropped);
        }
        awaitPolicyListed(false);
        awaitFixtureResourceGone();
        await("core answers", 30, () -> get("/api/v1/health", null).status() == 200);
    }

    /**
     * Issue 12: a policy whose component throws when SCR activates it is FAILED with SCR's reason in /api/v1/policies and
     * hourglass:policies; health stays 200 UP, core answers, its paths answer 503, and it is retried with back-off
     * rather than on every request (the log stays calm). Fixed, it becomes ACTIVE without reinstalling.
     */
    @Test
    public void aPolicyThatFailsToActivateIsListedFailedAndBreaksNothing() throws Exception {
        org.osgi.service.cm.ConfigurationAdmin cm = bundleContext.getService(bundleContext.getServiceReference(
                org.osgi.service.cm.ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration config = cm.getConfiguration("org.hourglass.policy.fixture", "?");
        config.update(new java.util.Hashtable<>(Map.of("failActivation", "true")));
        features.addRepository(URI.create("mvn:org.hourglass/hourglass-policy-fixture/" + System.getProperty("hourglass.version")
                + "/xml/features"));
        features.installFeature(FIXTURE_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        try {
            await("fixture FAILED", 60, () -> fixtureState().equals("FAILED"));
            JsonNode fixture = policyIn(get("/api/v1/policies", null).expect(200).json(), "fixture");
            assertTrue(fixture.toString(), fixture.get("detail").asText().contains("FX-9"));
            assertTrue(execute("hourglass:policies").contains("FAILED"));
            assertEquals("UP", get("/api/v1/health", null).expect(200).json().get("status").asText());
            String token = adminToken();
            get("/api/v1/classes", token).expect(200);
            assertTrue(get("/api/v1/policies/fixture/notes", null).problem(503).get("detail").asText().contains("FAILED"));
            post("/api/v1/classes", token, Map.of("name", "Broken", "policy", "fixture", "ownerKind", "ORGANIZATION", "ownerId", 9,
                    "startDate", "2021-06-01", "capacity", 5)).problem(503);

            config.update(new java.util.Hashtable<>(Map.of("failActivation", "false")));
            await("fixture ACTIVE once fixed", 60, () -> fixtureState().equals("ACTIVE"));
            await("its REST answers", 30, () -> get("/api/v1/policies/fixture/notes", null).status() == 200);
        } finally {
            features.uninstallFeature(FIXTURE_FEATURE);
            config.delete();
            awaitPolicyListed(false);
        }
    }

    /** Issue 12: a policy bundle that cannot resolve sits in the node FAILED with why, and health stays UP. */
    @Test
    public void anUnresolvablePolicyBundleIsFailedAndHealthStaysUp() throws Exception {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes main = manifest.getMainAttributes();
        main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "acme-policy-broken");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Hourglass-Layer", "policy");
        main.putValue("Hourglass-Policy", "acme-broken");
        main.putValue("Import-Package", "com.acme.nowhere;version=\"[1,2)\"");
        java.io.ByteArrayOutputStream jar = new java.io.ByteArrayOutputStream();
        new java.util.jar.JarOutputStream(jar, manifest).close();
        Bundle broken = bundleContext.installBundle("acme-policy-broken", new java.io.ByteArrayInputStream(jar.toByteArray()));
        try {
            try {
                broken.start();
            } catch (org.osgi.framework.BundleException expected) {
                // it cannot resolve: that is the point
            }
            JsonNode acme = policyIn(get("/api/v1/policies", null).expect(200).json(), "acme-broken");
            assertEquals("FAILED", acme.get("state").asText());
            assertTrue(acme.toString(), acme.get("detail").asText().contains("cannot resolve"));
            assertEquals("UP", get("/api/v1/health", null).expect(200).json().get("status").asText());
        } finally {
            broken.uninstall();
        }
    }

    private String fixtureState() {
        Answer a = get("/api/v1/policies", null);
        if (a.status() != 200) {
            return "?";
        }
        for (JsonNode p : a.json()) {
            if (p.get("code").asText().equals("fixture")) {
                return p.get("state").asText();
            }
        }
        return "absent";
    }


    private static JsonNode policyIn(JsonNode policies, String code) {
        for (JsonNode p : policies) {
            if (p.get("code").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no policy " + code + " in " + policies);
    }

    private Map<Long, Integer> bundleStates() {
        Map<Long, Integer> states = new java.util.TreeMap<>();
        for (Bundle b : bundleContext.getBundles()) {
            if (!"hourglass-policy-fixture".equals(b.getSymbolicName()) && !b.getSymbolicName().startsWith("PAXEXAM")) {
                states.put(b.getBundleId(), b.getState());
            }
        }
        return states;
    }

    /**
     * Issue 20: periodic work runs once per cluster. A task runs on the node holding its lease in the database; while another
     * node holds it (written here as that node would) this node does not run it; when that lease expires — the node died —
     * this node takes it over; closing the task releases the lease at once.
     */
    @Test
    public void issue20_periodicWorkRunsOnTheNodeHoldingItsLeaseAndIsTakenOverWhenItExpires() throws Exception {
        String platform = "hourglass-platform";
        org.osgi.framework.ServiceReference<org.hourglass.api.platform.ScheduledWork> ref =
                bundleContext.getServiceReference(org.hourglass.api.platform.ScheduledWork.class);
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        org.hourglass.api.platform.ScheduledWork.Registration task = bundleContext.getService(ref).every("itest.lease",
                java.time.Duration.ofMillis(200), runs::incrementAndGet);
        try {
            await("the task runs here", 20, () -> runs.get() >= 2);
            String holder = "node-b/itest";
            long far = System.currentTimeMillis() + 3_600_000;
            // node b took the lease (this node's lease ran out): this node stops running the task
            assertEquals(1, tables(platform).update("UPDATE PLT_LEASE SET HOLDER = ?, EXPIRES_MS = ? WHERE NAME = 'itest.lease'", holder,
                    far));
            // a run that passed its lease check just before may still finish: one period and a run's time first
            await("the run in flight ended", 5, () -> {
                int seen = runs.get();
                LockSupport.parkNanos(Duration.ofMillis(400).toNanos());
                return runs.get() == seen;
            });
            holdsStill("not run while another node holds the lease", runs::get, Duration.ofMillis(1500));
            int before = runs.get();
            assertEquals(far, tables(platform).readLong("SELECT EXPIRES_MS FROM PLT_LEASE WHERE NAME = 'itest.lease'"));
            // node b died: its lease expires and this node takes the task over
            tables(platform).update("UPDATE PLT_LEASE SET EXPIRES_MS = ? WHERE NAME = 'itest.lease'", System.currentTimeMillis() - 1);
            await("taken over after the lease expired", 20, () -> runs.get() >= before + 2);
            assertTrue(tables(platform).readLong("SELECT EXPIRES_MS FROM PLT_LEASE WHERE NAME = 'itest.lease'") > System.currentTimeMillis());
        } finally {
            task.close();
            bundleContext.ungetService(ref);
        }
        assertEquals("released for another node at once", 0, tables(platform).readLong("SELECT EXPIRES_MS FROM PLT_LEASE WHERE NAME = 'itest.lease'"));
        holdsStill("closed: no more runs", runs::get, Duration.ofMillis(500));
    }
}
