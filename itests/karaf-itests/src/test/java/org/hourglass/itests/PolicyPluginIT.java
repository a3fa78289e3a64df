package org.hourglass.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The plug-in contract v2 (issue 12), proved with a policy nobody wrote by hand: the archetype's own integration test
 * generated {@code org.hourglass.generated:hourglass-policy-voucher:1.0.0} and built it with its tests. Deployed at
 * runtime it goes live without touching core (no core bundle event, health 200 UP on every poll), its REST, OpenAPI
 * operations and shell command appear and vanish with it, its data survives; with a bad configuration value it is
 * FAILED with the reason while everything else serves, a later bad value leaves the last good values in force, also
 * when the platform restarts.
 */
public class PolicyPluginIT extends HourglassTestSupport {
    private static final String REPOSITORY = "mvn:org.hourglass.generated/hourglass-policy-voucher/1.0.0/xml/features";
    private static final String FEATURE = "hourglass-policy-voucher";
    private static final String CODE = "voucher";
    private static final String PID = "org.hourglass.generated.voucher";

    @Before
    public void platformUp() throws Exception {
        awaitPlatform();
        features.addRepository(URI.create(REPOSITORY));
    }

    @Test
    public void aGeneratedPolicyComesAndGoesWithoutDisturbingCore() throws Exception {
        String admin = adminToken();
        List<String> coreEvents = Collections.synchronizedList(new ArrayList<>());
        SynchronousBundleListener watcher = e -> {
            if (!"hourglass-policy-voucher".equals(e.getBundle().getSymbolicName()) && e.getType() != BundleEvent.INSTALLED) {
                coreEvents.add(e.getBundle().getSymbolicName() + ":" + e.getType());
            }
        };
        bundleContext.addBundleListener(watcher);
        List<String> odd = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (polling.get()) {
                Answer health = get("/api/v1/health", null);
                if (health.status() != 200 || !health.body().contains("\"status\":\"UP\"")) {
                    odd.add("health " + health.status() + " " + health.body());
                }
                Answer classes = get("/api/v1/classes", admin);
                if (classes.status() != 200) {
                    odd.add("classes " + classes.status() + " " + classes.body());
                }
            }
        }, "core-poller");
        poller.start();
        try {
            features.installFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
            awaitState("ACTIVE");
            await("its REST answers", 30, () -> get("/api/v1/policies/" + CODE + "/notes", null).status() == 200);
            post("/api/v1/policies/" + CODE + "/notes", null, Map.of("text", "anonymous")).problem(401);
            post("/api/v1/policies/" + CODE + "/notes", admin, Map.of("text", "kept across redeploy")).expect(201);
            JsonNode doc = get("/api/openapi.json", null).expect(200).json();
            JsonNode notes = doc.get("paths").get("/v1/policies/" + CODE + "/notes");
            assertTrue("its operations are documented: " + doc.get("paths").fieldNames(), notes != null);
            assertEquals("[\"PLATFORM_ADMIN\"]", notes.get("post").get("x-roles").toString());
            assertTrue("its schemas are namespaced", doc.get("components").get("schemas").has(CODE + ".Note"));
            assertTrue(execute(CODE + ":notes").contains("kept across redeploy"));

            // its class is settled by the policy through core: GET /classes/{id}/settlement
            long cls = post("/api/v1/classes", admin, Map.of("name", "Voucher class", "policy", CODE, "ownerKind", "ORGANIZATION",
                    "ownerId", 3, "startDate", "2026-01-05", "capacity", 10)).expect(201).json().get("id").asLong();
            JsonNode settlement = get("/api/v1/classes/" + cls + "/settlement", admin).expect(200).json();
            assertEquals(CODE, settlement.get("policyCode").asText());
            assertEquals("0.00", settlement.get("total").asText());
            assertEquals("100.00", settlement.get("parameters").get("voucherYuan").asText());
            // VCH-1, the generated rule: a class opens with learners
            assertTrue(post("/api/v1/classes/" + cls + "/transitions", admin, Map.of("to", "OPEN")).problem(409).get("detail").asText()
                    .startsWith("VCH-1:"));

            features.uninstallFeature(FEATURE);
            awaitGone();
            await("its REST is away", 30, () -> get("/api/v1/policies/" + CODE + "/notes", null).status() == 503);
            assertTrue(get("/api/v1/policies/" + CODE + "/notes", null).problem(503).get("type").asText().endsWith("/policy-not-deployed"));
            assertFalse(get("/api/openapi.json", null).expect(200).json().get("paths").has("/v1/policies/" + CODE + "/notes"));
            get("/api/v1/classes/" + cls + "/settlement", admin).problem(503);
            assertEquals("PLANNED", get("/api/v1/classes/" + cls, admin).expect(200).json().get("status").asText());

            features.installFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
            awaitState("ACTIVE");
            await("its REST is back", 30, () -> get("/api/v1/policies/" + CODE + "/notes", null).status() == 200);
            JsonNode kept = get("/api/v1/policies/" + CODE + "/notes", null).expect(200).json();
            assertEquals(1, kept.size());
            assertEquals("kept across redeploy", kept.get(0).get("text").asText());
            get("/api/openapi.json", null).expect(200);
            java.lang.ref.WeakReference<Class<?>> policyClass = new java.lang.ref.WeakReference<>(
                    bundle("hourglass-policy-voucher").loadClass("org.hourglass.generated.voucher.internal.VoucherResource$Note"));
            features.uninstallFeature(FEATURE);
            awaitGone();
            // nothing in core (CXF's models, the invoker, Jackson's and swagger's caches) keeps the removed policy's classes
            await("the undeployed policy's classes can be collected", 60, () -> {
                System.gc();
                return policyClass.get() == null;
            });
        } finally {
            polling.set(false);
            poller.join();
            bundleContext.removeBundleListener(watcher);
        }
        assertEquals("health 200 UP and core 200 on every poll while the policy came and went", List.of(), odd);
        assertEquals("no core bundle stopped, started or refreshed", List.of(), coreEvents);
    }

    @Test
    public void aBadConfigurationValueIsRefusedAndTheLastGoodValuesStay() throws Exception {
        ConfigurationAdmin cm = service(ConfigurationAdmin.class);
        Configuration config = cm.getConfiguration(PID, "?");
        config.update(new Hashtable<>(Map.of("voucherYuan", "six hundred")));
        long logFrom = logLength();
        features.installFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        try {
            JsonNode failed = awaitState("FAILED");
            assertTrue(failed.toString(), failed.get("detail").asText().contains("voucherYuan"));
            assertTrue(execute("hourglass:policies").contains("FAILED"));
            // everything else serves: the list, health (UP), core endpoints; the policy's own paths answer 503 with why
            get("/api/v1/health", null).expect(200);
            get("/api/v1/classes", adminToken()).expect(200);
            JsonNode away = get("/api/v1/policies/" + CODE + "/notes", null).problem(503);
            assertTrue(away.get("type").asText().endsWith("/policy-not-deployed"));
            Thread.sleep(5000); // a failed policy is retried with back-off, not once per request: the log stays calm
            for (int i = 0; i < 50; i++) {
                get("/api/v1/policies/" + CODE + "/notes", null).problem(503);
            }
            long errors = logSince(logFrom).lines().filter(l -> l.contains("| ERROR |")).count();
            assertTrue("no ERROR flood: " + errors + " ERROR lines", errors <= 3);
            assertEquals("refused once, logged once", 1, logSince(logFrom).lines().filter(l -> l.contains("voucherYuan")
                    && l.contains("refused")).count());

            config.update(new Hashtable<>(Map.of("voucherYuan", "600.00")));
            awaitState("ACTIVE");
            await("its REST answers", 30, () -> get("/api/v1/policies/" + CODE + "/notes", null).status() == 200);

            // a later bad value: refused, the last good values stay in force, a note says so
            config.update(new Hashtable<>(Map.of("voucherYuan", "lots")));
            await("a note on the refused change", 30, () -> {
                JsonNode p = policy();
                return p != null && "ACTIVE".equals(p.get("state").asText()) && p.get("note").asText().contains("voucherYuan");
            });
            assertEquals("600.00", voucherInForce());
            assertTrue(get("/api/v1/health", adminToken()).expect(200).body().contains("last good values"));

            // a restart of the platform and of the policy, while the configuration still says "lots": the guard's last good
            // values are kept on disk and delivered again
            Bundle platform = bundle("hourglass-platform");
            Bundle voucher = bundle("hourglass-policy-voucher");
            voucher.stop();
            platform.stop();
            platform.start();
            voucher.start();
            awaitPlatform();
            awaitState("ACTIVE");
            assertEquals("600.00", voucherInForce());
            assertTrue(policy().get("note").asText().contains("voucherYuan"));
        } finally {
            features.uninstallFeature(FEATURE);
            config.delete();
        }
    }

    /** The voucher amount the policy computes with now, as its class settlement records it. */
    private String voucherInForce() {
        String admin = adminToken();
        long cls = post("/api/v1/classes", admin, Map.of("name", "Voucher " + nextSeq(), "policy", CODE, "ownerKind", "ORGANIZATION",
                "ownerId", 3, "startDate", "2026-01-05", "capacity", 10)).expect(201).json().get("id").asLong();
        return get("/api/v1/classes/" + cls + "/settlement", admin).expect(200).json().get("parameters").get("voucherYuan").asText();
    }

    private JsonNode policy() {
        Answer a = get("/api/v1/policies", null);
        if (a.status() != 200) {
            return null;
        }
        for (JsonNode p : a.json()) {
            if (p.get("code").asText().equals(CODE)) {
                return p;
            }
        }
        return null;
    }

    private JsonNode awaitState(String state) {
        await("policy " + CODE + " " + state + " in /api/v1/policies", 60, () -> {
            JsonNode p = policy();
            return p != null && state.equals(p.get("state").asText());
        });
        return policy();
    }

    private void awaitGone() {
        await("policy " + CODE + " out of /api/v1/policies", 30, () -> policy() == null);
    }

    private <T> T service(Class<T> type) {
        return bundleContext.getService(bundleContext.getServiceReference(type));
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static Path log() {
        return Path.of(System.getProperty("karaf.base"), "data", "log", "karaf.log");
    }

    private static long logLength() throws IOException {
        return Files.exists(log()) ? Files.size(log()) : 0;
    }

    private static String logSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(log());
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
    }
}
