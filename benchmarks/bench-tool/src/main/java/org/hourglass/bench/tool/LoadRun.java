package org.hourglass.bench.tool;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * One measured load run against one endpoint. Open loop: requests are due at a fixed rate whatever the server does,
 * and each latency is measured from when the request was DUE, not when it went out (no coordinated omission).
 * Closed loop: N users send back to back — the endpoint's saturation throughput.
 */
final class LoadRun {
    record Result(String name, double seconds, long ok, Map<Integer, Long> statuses, long failures, Histogram latency) {
        double perSecond() {
            return ok / seconds;
        }

        String line() {
            return String.format("%-22s %8.1f ok/s  p50 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms  max %8.2f ms  statuses %s  failures %d",
                    name, perSecond(), ms(50), ms(99), ms(99.9), latency.getMaxValue() / 1e6, statuses, failures);
        }

        double ms(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1e6;
        }
    }

    private final Http http;
    private final Beats beats;
    private final List<World.Learner> learners;

    LoadRun(Http http, Beats beats, List<World.Learner> learners) {
        this.http = http;
        this.beats = beats;
        this.learners = learners;
    }

    Result openLoop(String name, String path, double rate, int warmupSeconds, int seconds) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        LongAdder ok = new LongAdder();
        LongAdder failures = new LongAdder();
        AtomicInteger outstanding = new AtomicInteger();
        long periodNs = (long) (1e9 / rate);
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        long i = 0;
        for (long due = start; due < end; due = start + ++i * periodNs) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (outstanding.get() > 20_000) {
                throw new IllegalStateException(name + ": more than 20,000 requests outstanding; the server cannot keep up at " + rate + "/s");
            }
            World.Learner l = learners.get((int) (i % learners.size()));
            boolean measured = due >= measureFrom;
            long dueAt = due;
            outstanding.incrementAndGet();
            http.sendAsync(beats.request(http, path, l, beats.body(l), null)).whenComplete((a, e) -> {
                outstanding.decrementAndGet();
                if (!measured) {
                    return;
                }
                if (e != null) {
                    failures.increment();
                    return;
                }
                recorder.recordValue(Math.max(1, System.nanoTime() - dueAt));
                statuses.merge(a.status(), 1L, Long::sum);
                if (a.status() == 200) {
                    ok.increment();
                }
            });
        }
        while (outstanding.get() > 0 && System.nanoTime() - end < TimeUnit.SECONDS.toNanos(60)) {
            Thread.sleep(10);
        }
        return new Result(name, seconds, ok.sum(), new TreeMap<>(statuses), failures.sum(), recorder.getIntervalHistogram());
    }

    Result closedLoop(String name, String path, int users, int warmupSeconds, int seconds) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        LongAdder ok = new LongAdder();
        LongAdder failures = new LongAdder();
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong next = new AtomicLong();
        Thread[] threads = new Thread[users];
        for (int u = 0; u < users; u++) {
            int user = u;
            threads[u] = new Thread(() -> {
                for (int k = user; System.nanoTime() < end; k += users) {
                    World.Learner l = learners.get(k % learners.size());
                    long t0 = System.nanoTime();
                    try {
                        Http.Answer a = http.sendAsync(beats.request(http, path, l, beats.body(l), null)).get();
                        if (t0 >= measureFrom) {
                            recorder.recordValue(Math.max(1, System.nanoTime() - t0));
                            statuses.merge(a.status(), 1L, Long::sum);
                            if (a.status() == 200) {
                                ok.increment();
                            }
                        }
                    } catch (Exception e) {
                        if (t0 >= measureFrom) {
                            failures.increment();
                        }
                    }
                    next.incrementAndGet();
                }
            }, "user-" + u);
            threads[u].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Result(name, seconds, ok.sum(), new TreeMap<>(statuses), failures.sum(), recorder.getIntervalHistogram());
    }
}
