package org.hourglass.bench.tool;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Drill: uninstall and reinstall the Beijing policy feature N times while heartbeats and reads flow. Core
 * operations must always answer 200; the policy's own operations 200 or 503 {@code policy-not-deployed}; nothing
 * else. Thread and loaded-class counts after a GC are read after every cycle (growth = a leak across cycles).
 */
final class HotSwapDrill {
    private static final String FEATURE = "hourglass-policy-beijing-subsidy";
    private final Http http;
    private final World.State state;
    private final Karaf karaf;
    private final int cycles;
    private final double rate;
    private final Beats beats;
    private final Map<String, Long> outcomes = new ConcurrentHashMap<>();
    private final Map<String, String> examples = new ConcurrentHashMap<>();

    HotSwapDrill(Http http, World.State state, Map<String, String> o) {
        this.http = http;
        this.state = state;
        this.karaf = new Karaf(o.getOrDefault("karaf", "karaf-assembly/target/assembly"), o.getOrDefault("ssh-user", "karaf"),
                o.getOrDefault("ssh-password", System.getenv("HOURGLASS_KARAF_PASSWORD")));
        this.cycles = Main.num(o, "cycles", 20);
        this.rate = Double.parseDouble(o.getOrDefault("rate", "100"));
        this.beats = new Beats(state);
    }

    int run() throws Exception {
        String admin = http.login(World.ADMIN, World.ADMIN_PASSWORD);
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> load = List.of(new Thread(() -> beatsLoop(stop), "hotswap-beats"), new Thread(() -> readsLoop(stop, admin), "hotswap-reads"));
        load.forEach(Thread::start);
        List<JsonNode> jvm = new ArrayList<>();
        jvm.add(http.get("/api/v1/bench/jvm", admin).expect(200).json());
        double installSum = 0;
        double maxInstall = 0;
        for (int c = 1; c <= cycles; c++) {
            karaf.shell("feature:uninstall " + FEATURE);
            awaitStatus(admin, 503, 30_000);
            long t0 = System.nanoTime();
            karaf.shell("feature:install " + FEATURE);
            awaitStatus(admin, 200, 60_000);
            double s = (System.nanoTime() - t0) / 1e9;
            installSum += s;
            maxInstall = Math.max(maxInstall, s);
            JsonNode j = http.get("/api/v1/bench/jvm", admin).expect(200).json();
            jvm.add(j);
            Report.line("cycle %2d: reinstalled and answering in %.2f s (incl. bin/client start); threads %d (without console sessions %d), "
                    + "loaded classes %d, heap %d MB", c, s, j.get("threads").asInt(), j.get("platformThreads").asInt(), j.get("loadedClasses").asInt(),
                    j.get("heapUsedBytes").asLong() >> 20);
        }
        Thread.sleep(2000);
        stop.set(true);
        for (Thread t : load) {
            t.join();
        }
        long bad = outcomes.entrySet().stream().filter(e -> !allowed(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        JsonNode first = jvm.get(1);
        JsonNode last = jvm.get(jvm.size() - 1);
        Report.line("outcomes: " + new TreeMap<>(outcomes));
        examples.forEach((k, v) -> Report.line("  e.g. " + k + ": " + v));
        Report.line("hot-swap drill: %d cycles, reinstall to answering mean %.2f s max %.2f s; %d disallowed answers; threads without "
                + "console sessions %d before, %d after cycle 1, %d after the last; loaded classes %d before, %d after cycle 1, %d after the last",
                cycles, installSum / cycles, maxInstall, bad, jvm.get(0).get("platformThreads").asInt(), first.get("platformThreads").asInt(),
                last.get("platformThreads").asInt(), jvm.get(0).get("loadedClasses").asInt(), first.get("loadedClasses").asInt(),
                last.get("loadedClasses").asInt());
        return bad == 0 ? 0 : 1;
    }

    private static boolean allowed(String outcome) {
        return outcome.endsWith(" 200") || outcome.startsWith("policy ") && outcome.endsWith(" 503 policy-not-deployed");
    }

    private void awaitStatus(String admin, int status, long limitMs) throws InterruptedException {
        long t0 = System.currentTimeMillis();
        while (System.currentTimeMillis() - t0 < limitMs) {
            if (calculator(admin).status() == status) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the calculator did not answer " + status + " within " + limitMs + " ms");
    }

    private Http.Answer calculator(String admin) {
        return http.post("/api/v1/policies/beijing-subsidy/calculator", admin, Map.of("hours", Map.of("FREE_ON_DEMAND", 60.0)));
    }

    private void record(String operation, Http.Answer a) {
        String kind = a.status() == 503 && a.body().contains("policy-not-deployed") ? " 503 policy-not-deployed"
                : " " + a.status() + (a.contentType().startsWith("application/problem+json") || a.status() == 200 ? "" : " " + a.contentType());
        outcomes.merge(operation + kind, 1L, Long::sum);
        if (!allowed(operation + kind)) {
            examples.putIfAbsent(operation + kind, a.body().length() > 200 ? a.body().substring(0, 200) : a.body());
        }
    }

    private void beatsLoop(AtomicBoolean stop) {
        long period = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (long i = 0; !stop.get(); i++) {
            LockSupport.parkNanos(Math.max(0, start + i * period - System.nanoTime()));
            World.Learner l = state.learners().get((int) (i % state.learners().size()));
            http.sendAsync(beats.request(http, "/api/v1/learning/heartbeats", l, beats.body(l), null))
                    .whenComplete((a, e) -> {
                        if (e != null) {
                            outcomes.merge("core heartbeat IOException", 1L, Long::sum);
                        } else {
                            record("core heartbeat", a);
                        }
                    });
        }
    }

    private void readsLoop(AtomicBoolean stop, String admin) {
        World.Learner l = state.learners().get(0);
        long cls = state.classIds().get(0);
        while (!stop.get()) {
            try {
                record("core progress", http.get("/api/v1/learning/progress?classId=" + l.classId(), l.token()));
                record("core class", http.get("/api/v1/classes/" + cls, admin));
                record("core policies", http.get("/api/v1/policies", admin));
                record("policy calculator", calculator(admin));
                record("policy estimate", http.get("/api/v1/policies/beijing-subsidy/classes/" + cls + "/estimate", admin));
                Thread.sleep(20);
            } catch (Exception e) {
                outcomes.merge("read " + e.getClass().getSimpleName(), 1L, Long::sum);
            }
        }
    }
}
