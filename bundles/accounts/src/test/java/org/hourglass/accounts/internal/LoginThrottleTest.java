package org.hourglass.accounts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hourglass.api.problem.Problem;
import org.junit.Test;

/** Issue 14 items 1 and 3: attempts reserved before the hash, per account and address; strangers cannot lock owners out. */
public class LoginThrottleTest {
    private static final Instant T0 = Instant.parse("2021-06-30T01:00:00Z");

    @Test
    public void fiveFailuresFromOneAddressHoldThatAddressBackUntilTheWindowPasses() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.PER_CLIENT; i++) {
            throttle.begin("account 1", "10.0.0.9", T0).failed(T0.plusSeconds(i));
        }
        Problem p = assertThrows(Problem.class, () -> throttle.begin("account 1", "10.0.0.9", T0.plusSeconds(60)));
        assertEquals(429, p.status());
        throttle.begin("account 1", "10.0.0.7", T0.plusSeconds(60)).failed(T0.plusSeconds(60)); // another address
        throttle.begin("account 2", "10.0.0.9", T0.plusSeconds(60)).succeeded(T0.plusSeconds(60)); // another account
        throttle.begin("account 1", "10.0.0.9", T0.plusSeconds(4).plus(LoginThrottle.WINDOW)).succeeded(T0.plus(LoginThrottle.WINDOW));
    }

    @Test
    public void attemptsInFlightCountSoParallelGuessesGetOnlyFive() {
        LoginThrottle throttle = new LoginThrottle();
        List<LoginThrottle.Attempt> inFlight = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            try {
                inFlight.add(throttle.begin("account 1", "10.0.0.9", T0));
            } catch (Problem tooMany) {
                refused++;
            }
        }
        assertEquals(LoginThrottle.PER_CLIENT, inFlight.size());
        assertEquals(95, refused);
        inFlight.forEach(a -> a.failed(T0));
        assertThrows(Problem.class, () -> throttle.begin("account 1", "10.0.0.9", T0.plusSeconds(1)));
    }

    @Test
    public void guessesFromManyAddressesHoldBackStrangersButNotAnAddressTheOwnerLoggedInFrom() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.begin("account 1", "owner-laptop", T0).succeeded(T0);
        for (int i = 0; i < LoginThrottle.PER_ACCOUNT; i++) {
            throttle.begin("account 1", "bot-" + i, T0.plusSeconds(i)).failed(T0.plusSeconds(i));
        }
        Instant later = T0.plusSeconds(120);
        assertEquals(429, assertThrows(Problem.class, () -> throttle.begin("account 1", "bot-new", later)).status());
        throttle.begin("account 1", "owner-laptop", later).succeeded(later);
        throttle.begin("account 1", "bot-new", T0.plusSeconds(20).plus(LoginThrottle.WINDOW)).failed(later);
    }

    @Test
    public void aSuccessClearsThatAddresssFailures() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.PER_CLIENT - 1; i++) {
            throttle.begin("account 1", "10.0.0.9", T0).failed(T0);
        }
        throttle.begin("account 1", "10.0.0.9", T0).succeeded(T0);
        for (int i = 0; i < LoginThrottle.PER_CLIENT; i++) {
            throttle.begin("account 1", "10.0.0.9", T0).failed(T0);
        }
        assertThrows(Problem.class, () -> throttle.begin("account 1", "10.0.0.9", T0));
    }

    /** A login the hashing queue turned away (503) made no guess: it neither counts nor stays in flight. */
    @Test
    public void abandonedAttemptsCountNeitherWay() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < 20; i++) {
            throttle.begin("account 3", "10.0.0.9", T0).abandoned();
        }
        for (int i = 0; i < 4; i++) {
            throttle.begin("account 3", "10.0.0.9", T0).failed(T0.plusSeconds(i));
        }
        throttle.begin("account 3", "10.0.0.9", T0.plusSeconds(10)).succeeded(T0.plusSeconds(10)); // the 5th try is still there
    }
}
