package org.hourglass.bench.tool;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Issue 20's cross-node checks, each learner's requests sent straight to both nodes (not through the balancer, which
 * would keep a learner on one node): C-30 — the same beat (stream, sequence) arriving on both nodes at once is stored
 * once, and the learner's credited time never exceeds his wall-clock time, round after round; C-4 — while his stream
 * is live (written by whichever node), a second device is refused on the other node too.
 */
final class ClusterDrill {
    private static final String BEATS = "/api/v1/learning/heartbeats";
    private final Http balancer;
    private final Http node1;
    private final Http node2;
    private final World.State state;
    private final int learners;
    private final int rounds;

    ClusterDrill(Http balancer, World.State state, Map<String, String> o) {
        this.balancer = balancer;
        this.node1 = new Http(o.get("node1"), 8);
        this.node2 = new Http(o.get("node2"), 8);
        this.state = state;
        this.learners = Math.min(state.learners().size(), Main.num(o, "learners", 200));
        this.rounds = Main.num(o, "rounds", 4);
    }

    int run() throws Exception {
        String admin = balancer.login(World.ADMIN, World.ADMIN_PASSWORD);
        long beatsBefore = audit(admin, List.of()).get("beatsInClasses").asLong();
        Beats beats = new Beats(state);
        List<World.Learner> who = state.learners().subList(0, learners);
        Map<Long, Double> credited = new HashMap<>();
        Map<Long, Long> firstAt = new HashMap<>();
        List<Long> stored = new ArrayList<>();
        Map<String, Integer> answers = new HashMap<>();
        int doubled = 0;
        for (int round = 1; round <= rounds; round++) {
            List<CompletableFuture<Http.Answer>[]> sent = new ArrayList<>();
            for (World.Learner l : who) {
                Map<String, Object> body = beats.body(l);
                firstAt.putIfAbsent(l.id(), System.currentTimeMillis());
                @SuppressWarnings("unchecked")
                CompletableFuture<Http.Answer>[] pair = new CompletableFuture[] {
                        node1.sendAsync(beats.request(node1, BEATS, l, body, null)),
                        node2.sendAsync(beats.request(node2, BEATS, l, body, null))};
                sent.add(pair);
            }
            for (int i = 0; i < who.size(); i++) {
                int storedHere = 0;
                for (CompletableFuture<Http.Answer> f : sent.get(i)) {
                    Http.Answer a = f.get();
                    String kind = a.status() == 200 ? (a.json().get("beatId").asLong() != 0 ? "200 stored" : "200 duplicate")
                            : a.status() + " " + a.json().path("detail").asText("").replaceAll(":.*", "");
                    answers.merge(kind, 1, Integer::sum);
                    if (a.status() == 200 && a.json().get("beatId").asLong() != 0) {
                        storedHere++;
                        stored.add(a.json().get("beatId").asLong());
                        credited.merge(who.get(i).id(), a.json().get("creditedSeconds").asDouble(), Double::sum);
                    }
                }
                doubled += storedHere > 1 ? 1 : 0;
            }
            Thread.sleep(1500);
        }
        long now = System.currentTimeMillis();
        int beyondWallClock = 0;
        for (World.Learner l : who) {
            double wall = (now - firstAt.get(l.id())) / 1000.0 + 1.0;
            if (credited.getOrDefault(l.id(), 0.0) > wall) {
                beyondWallClock++;
            }
        }
        JsonNode a = audit(admin, stored);
        long newBeats = a.get("beatsInClasses").asLong() - beatsBefore;
        boolean c30 = doubled == 0 && beyondWallClock == 0 && a.get("sequencesStoredTwice").asLong() == 0 && newBeats == stored.size()
                && a.get("acknowledgedStored").asLong() == stored.size();
        Report.line("C-30 across nodes: %d learners x %d rounds, each beat sent to both nodes at once: answers %s; beats stored %d "
                + "(acknowledged as stored %d), pairs stored twice %d, sequences stored twice %d, learners credited beyond wall clock %d -> %s",
                who.size(), rounds, new java.util.TreeMap<>(answers), newBeats, stored.size(), doubled,
                a.get("sequencesStoredTwice").asLong(), beyondWallClock, c30 ? "OK" : "FAILED");

        // C-4: each learner's stream is live; a second device through the node that did not take his last beat
        Map<String, Integer> second = new HashMap<>();
        int accepted = 0;
        for (int i = 0; i < who.size(); i++) {
            World.Learner l = who.get(i);
            Map<String, Object> body = beats.body(l);
            body.put("streamId", "second-device-" + l.id());
            Http node = i % 2 == 0 ? node1 : node2;
            Http.Answer ans = node.sendAsync(beats.request(node, BEATS, l, body, null)).get();
            String kind = ans.status() + " " + (ans.status() == 200 ? "" : ans.json().path("detail").asText("").replaceAll(":.*", ""));
            second.merge(kind.trim(), 1, Integer::sum);
            accepted += ans.status() == 200 ? 1 : 0;
        }
        boolean c4 = accepted == 0 && second.getOrDefault("409 C-4", 0) == who.size();
        Report.line("C-4 across nodes: a second device of each of %d learners, half on each node: %s -> %s", who.size(),
                new java.util.TreeMap<>(second), c4 ? "OK" : "FAILED");
        return c30 && c4 ? 0 : 1;
    }

    private JsonNode audit(String admin, List<Long> ids) {
        return balancer.post("/api/v1/bench/audit", admin, Map.of("classIds", state.classIds(), "acknowledgedBeatIds", ids)).expect(200).json();
    }
}
