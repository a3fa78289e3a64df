package org.hourglass.bench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hourglass.api.security.PasswordHashes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The login benchmark's baseline in the same run (issue 14 item 6): how many password checks per second the node's own
 * {@link PasswordHashes} does right now, on as many threads as cores, with nothing else — so logins/s read as a share of
 * what the hash alone allows on this machine at this moment, whatever its neighbours are doing.
 */
@Component(service = HashRate.class)
public class HashRate {
    private final PasswordHashes hashes;

    @Activate
    public HashRate(@Reference PasswordHashes hashes) {
        this.hashes = hashes;
    }

    public record Rate(int checks, int threads, double seconds, double perSecond) {
    }

    Rate measure(int checks, int threads) throws Exception {
        String stored = hashes.hash("bench-password-1".toCharArray());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < checks; i++) {
                done.add(pool.submit(() -> hashes.verify("bench-password-1".toCharArray(), stored)));
            }
            for (Future<Boolean> f : done) {
                if (!f.get()) {
                    throw new IllegalStateException("the hash did not verify");
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Rate(checks, threads, seconds, checks / seconds);
        } finally {
            pool.shutdownNow();
        }
    }
}
