package org.hourglass.accounts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import org.hourglass.api.problem.Problem;
import org.junit.Test;

public class LoginThrottleTest {
    private static final Instant T0 = Instant.parse("2021-06-30T01:00:00Z");

    @Test
    public void fiveFailuresBlockUntilTheWindowPassesAndSuccessForgives() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            throttle.check("admin", T0);
            throttle.failed("admin", T0.plusSeconds(i));
        }
        Problem p = assertThrows(Problem.class, () -> throttle.check("ADMIN", T0.plusSeconds(60)));
        assertEquals(429, p.status());
        throttle.check("someone-else", T0.plusSeconds(60));
        throttle.check("admin", T0.plusSeconds(4).plus(LoginThrottle.WINDOW));
        throttle.succeeded("admin");
        throttle.check("admin", T0.plusSeconds(61));
    }
}
