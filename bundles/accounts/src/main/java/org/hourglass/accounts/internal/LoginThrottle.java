package org.hourglass.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hourglass.api.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows password guessing without letting a stranger lock anyone out (issue 14, items 1 and 3).
 * <ul>
 * <li>Counted per ACCOUNT — all its principals (username, ID number, bound phone) are one account — and per client
 * address; an unknown principal is counted under its own spelling.</li>
 * <li>An attempt is RESERVED before the slow hash: failures plus attempts in flight may not exceed
 * {@value #PER_CLIENT} for one account from one address, so 100 parallel guesses get 5 answers 401 and 95 answers
 * 429. The window is {@link #WINDOW} from the last failure.</li>
 * <li>After {@value #PER_ACCOUNT} failures for one account from all addresses, addresses that have not logged in to
 * that account lately ({@link #KNOWN_FOR}) are held back too, until the window has passed; an address that did log
 * in to it keeps its own {@value #PER_CLIENT} attempts. So guesses from anywhere cannot lock the owner out, and
 * anonymous guessers spread over many addresses still get at most {@value #PER_ACCOUNT} guesses per window.</li>
 * <li>A success clears that address's failures for the account and makes the address known to it.</li>
 * </ul>
 * Both holds are logged as warnings (an alert for the operator). Kept in memory: a restart forgives, which is
 * acceptable for a rate limit; every method is synchronized (map updates only, the hash runs outside).
 */
final class LoginThrottle {
    static final int PER_CLIENT = 5;
    static final int PER_ACCOUNT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration KNOWN_FOR = Duration.ofDays(30);
    private static final int MAX_TRACKED = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private static final class Count {
        int failures;
        int inFlight;
        Instant last = Instant.MIN;

        boolean expired(Instant now) {
            return inFlight == 0 && !now.isBefore(last.plus(WINDOW));
        }

        int live(Instant now) {
            return (now.isBefore(last.plus(WINDOW)) ? failures : 0) + inFlight;
        }
    }

    /** One reserved attempt: report how the password check ended. */
    final class Attempt {
        private final String account;
        private final String client;
        private boolean ended;

        private Attempt(String account, String client) {
            this.account = account;
            this.client = client;
        }

        void failed(Instant now) {
            end(this, false, now);
        }

        void succeeded(Instant now) {
            end(this, true, now);
        }

        /** The password was never checked (the hashing queue was full): the attempt counts neither way. */
        void abandoned() {
            release(this);
        }
    }

    private final Map<String, Count> byAccountAndClient = new HashMap<>();
    private final Map<String, Count> byAccount = new HashMap<>();
    private final Map<String, Instant> knownClients = new HashMap<>();

    /**
     * Reserves one attempt for {@code account} (an account key, or the unknown principal's spelling) from
     * {@code client}, or refuses it with 429.
     */
    synchronized Attempt begin(String account, String client, Instant now) {
        prune(now);
        Count pair = byAccountAndClient.computeIfAbsent(pairKey(account, client), k -> new Count());
        Count all = byAccount.computeIfAbsent(account, k -> new Count());
        if (pair.live(now) >= PER_CLIENT) {
            throw tooMany(pair.last.plus(WINDOW));
        }
        if (all.live(now) >= PER_ACCOUNT && !known(account, client, now)) {
            throw tooMany(all.last.plus(WINDOW));
        }
        pair.inFlight++;
        all.inFlight++;
        return new Attempt(account, client);
    }

    private synchronized void release(Attempt attempt) {
        if (attempt.ended) {
            return;
        }
        attempt.ended = true;
        Count pair = byAccountAndClient.get(pairKey(attempt.account, attempt.client));
        Count all = byAccount.get(attempt.account);
        for (Count c : java.util.Arrays.asList(pair, all)) {
            if (c != null) {
                c.inFlight = Math.max(0, c.inFlight - 1);
            }
        }
    }

    private synchronized void end(Attempt attempt, boolean success, Instant now) {
        if (attempt.ended) {
            return;
        }
        attempt.ended = true;
        String key = pairKey(attempt.account, attempt.client);
        Count pair = byAccountAndClient.computeIfAbsent(key, k -> new Count());
        Count all = byAccount.computeIfAbsent(attempt.account, k -> new Count());
        pair.inFlight = Math.max(0, pair.inFlight - 1);
        all.inFlight = Math.max(0, all.inFlight - 1);
        if (success) {
            pair.failures = 0;
            knownClients.put(key, now);
            return;
        }
        for (Count c : List.of(pair, all)) {
            c.failures = now.isBefore(c.last.plus(WINDOW)) ? c.failures + 1 : 1;
            c.last = now;
        }
        if (pair.failures == PER_CLIENT) {
            LOG.warn("Login throttle: {} failed logins for {} from {}; that address is held back until {}", PER_CLIENT,
                    attempt.account, attempt.client, now.plus(WINDOW));
        }
        if (all.failures == PER_ACCOUNT) {
            LOG.warn("Login throttle: {} failed logins for {} from several addresses; addresses that have not logged in to it "
                    + "are held back until {} (possible password guessing)", PER_ACCOUNT, attempt.account, now.plus(WINDOW));
        }
    }

    private boolean known(String account, String client, Instant now) {
        Instant last = knownClients.get(pairKey(account, client));
        return last != null && now.isBefore(last.plus(KNOWN_FOR));
    }

    private void prune(Instant now) {
        if (byAccountAndClient.size() + byAccount.size() > MAX_TRACKED) {
            byAccountAndClient.values().removeIf(c -> c.expired(now));
            byAccount.values().removeIf(c -> c.expired(now));
        }
        if (knownClients.size() > MAX_TRACKED) {
            knownClients.values().removeIf(t -> !now.isBefore(t.plus(KNOWN_FOR)));
        }
    }

    private static String pairKey(String account, String client) {
        return account + "|" + client;
    }

    private static Problem tooMany(Instant until) {
        return new Problem(429, "too-many-attempts", "Too many attempts",
                "too many failed logins for this account; try again after " + until, List.of());
    }
}
