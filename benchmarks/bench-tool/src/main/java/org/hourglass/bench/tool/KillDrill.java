package org.hourglass.bench.tool;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Drill: kill -9 under load (C-30, "never an acknowledged write lost"). Heartbeats carry idempotency keys; the
 * Karaf JVM is killed mid-load, restarted, every beat without an answer is resent with its key, and the database
 * must hold every acknowledged beat exactly once, no (learner, stream, sequence) twice, one beat per key.
 */
final class KillDrill {
    private record Sent(World.Learner learner, Map<String, Object> body) {
    }

    private final Http http;
    private final World.State state;
    private final Karaf karaf;
    private final int rounds;
    private final double rate;
    private final Beats beats;
    private final Map<String, Long> acked = new ConcurrentHashMap<>();
    private final Map<String, Sent> pending = new ConcurrentHashMap<>();
    private final Map<Integer, Long> refused = new ConcurrentHashMap<>();
    /** Issue 20: behind a balancer, the killed node's own address: each round waits until it is back in service. */
    private final Http node;

    KillDrill(Http http, World.State state, Map<String, String> o) {
        this.http = http;
        this.state = state;
        this.karaf = new Karaf(o.getOrDefault("karaf", "karaf-assembly/target/assembly"), null, null);
        this.rounds = Main.num(o, "rounds", 10);
        this.rate = Double.parseDouble(o.getOrDefault("rate", "200"));
        this.beats = new Beats(state);
        this.node = o.containsKey("node") ? new Http(o.get("node"), 2) : null;
    }

    int run() throws Exception {
        String admin = http.login(World.ADMIN, World.ADMIN_PASSWORD);
        JsonNode before = audit(admin, List.of());
        int failures = 0;
        for (int round = 1; round <= rounds; round++) {
            http.awaitUp(Duration.ofMinutes(3));
            if (node != null) { // the killed node rejoined: healthy, and the balancer's checks (1 s, rise 2) see it
                node.awaitUp(Duration.ofMinutes(3));
                Thread.sleep(3000);
            }
            refused.clear(); // judged per round
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger outstanding = new AtomicInteger();
            Thread load = new Thread(() -> drive(stop, outstanding, "r" + System.nanoTime()), "kill-drill-load");
            load.start();
            long loadMs = ThreadLocalRandom.current().nextLong(3000, 8000);
            Thread.sleep(loadMs);
            karaf.killHard();
            stop.set(true);
            load.join();
            while (outstanding.get() > 0) {
                Thread.sleep(20);
            }
            int unanswered = pending.size();
            long t0 = System.nanoTime();
            int resent = 0;
            if (node != null) { // issue 20, failover: the beats are resent with their keys while the killed node is still down
                resent = resend();
            }
            karaf.start();
            long up = http.awaitUp(Duration.ofMinutes(3));
            admin = http.login(World.ADMIN, World.ADMIN_PASSWORD);
            awaitProbe(admin);
            resent += resend();
            JsonNode a = audit(admin, new ArrayList<>(Set.copyOf(acked.values())));
            long newBeats = a.get("beatsInClasses").asLong() - before.get("beatsInClasses").asLong();
            long distinct = acked.values().stream().filter(id -> id != 0).distinct().count();
            String rejoined = node == null ? "" : String.format("; the node rejoined in %.1f s", (node.awaitUp(Duration.ofMinutes(3)) >= 0
                    ? System.nanoTime() - t0 : 0) / 1e9);
            boolean good = a.get("acknowledged").asLong() == a.get("acknowledgedStored").asLong() && a.get("sequencesStoredTwice").asLong() == 0
                    && newBeats == distinct && pending.isEmpty() && refused.isEmpty();
            failures += good ? 0 : 1;
            Report.line("round %2d: load %.1f s, killed with %d beats unanswered; back up in %.1f s; %d resent; acknowledged %d, "
                    + "stored %d of them, beats stored since start %d = distinct acknowledged %d, sequences stored twice %d, refused %s%s -> %s",
                    round, loadMs / 1000.0, unanswered, (System.nanoTime() - t0) / 1e9, resent, a.get("acknowledged").asLong(),
                    a.get("acknowledgedStored").asLong(), newBeats, distinct, a.get("sequencesStoredTwice").asLong(), new TreeMap<>(refused),
                    rejoined, good ? "OK" : "FAILED");
            if (up < 0) {
                break;
            }
        }
        Report.line("kill -9 drill: %d rounds, %d failed", rounds, failures);
        return failures == 0 ? 0 : 1;
    }

    /** The probe bundle (deploy/) starts a moment after the platform answers. */
    private void awaitProbe(String admin) throws InterruptedException {
        for (int i = 0; i < 600 && http.get("/api/v1/bench/jvm", admin).status() != 200; i++) {
            Thread.sleep(100);
        }
    }

    private void drive(AtomicBoolean stop, AtomicInteger outstanding, String tag) {
        long period = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (long i = 0; !stop.get(); i++) {
            LockSupport.parkNanos(Math.max(0, start + i * period - System.nanoTime()));
            World.Learner l = state.learners().get((int) (i % state.learners().size()));
            String key = tag + "-" + i;
            Map<String, Object> body = beats.body(l);
            pending.put(key, new Sent(l, body));
            outstanding.incrementAndGet();
            http.sendAsync(beats.request(http, "/api/v1/learning/heartbeats", l, body, key)).whenComplete((a, e) -> {
                outstanding.decrementAndGet();
                if (e == null) {
                    settle(key, a);
                }
            });
        }
    }

    private void settle(String key, Http.Answer a) {
        if (a.status() == 200) {
            acked.put(key, a.json().get("beatId").asLong());
            pending.remove(key);
        } else if (a.status() != 503 && a.status() != 502 && a.status() != 504) {
            // 503 only while the platform is starting; 502/504 from a balancer whose node died with the request (issue 20):
            // no answer, resent with its key; anything else is a refusal to explain
            refused.merge(a.status(), 1L, Long::sum);
            pending.remove(key);
        }
    }

    private int resend() throws InterruptedException {
        int n = 0;
        for (int attempt = 0; attempt < 5 && !pending.isEmpty(); attempt++) {
            for (Map.Entry<String, Sent> p : Map.copyOf(pending).entrySet()) {
                try {
                    settle(p.getKey(), http.sendAsync(beats.request(http, "/api/v1/learning/heartbeats", p.getValue().learner(),
                            p.getValue().body(), p.getKey())).get());
                    n++;
                } catch (Exception e) {
                    Thread.sleep(200);
                }
            }
        }
        return n;
    }

    /** Retried while the probe's resource is still (re)joining the application after a restart. */
    private JsonNode audit(String admin, List<Long> ids) throws InterruptedException {
        Map<String, Object> body = Map.of("classIds", state.classIds(), "acknowledgedBeatIds", ids.stream().filter(id -> id != 0).toList());
        Http.Answer a = http.post("/api/v1/bench/audit", admin, body);
        for (int i = 0; i < 300 && a.status() != 200; i++) {
            Thread.sleep(200);
            a = http.post("/api/v1/bench/audit", admin, body);
        }
        return a.expect(200).json();
    }
}
