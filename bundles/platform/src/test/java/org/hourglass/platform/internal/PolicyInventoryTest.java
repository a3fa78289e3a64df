package org.hourglass.platform.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** A failed policy is reported with its own reason, not with SCR's wrapper. */
public class PolicyInventoryTest {
    @Test
    public void theDeepestCauseOfScrsFailureIsTheReason() {
        String trace = "java.lang.reflect.InvocationTargetException\n\tat org.apache.felix.scr.impl.X.y(X.java:1)\n"
                + "Caused by: java.lang.IllegalStateException: FX-9: this fixture was configured to fail its activation\n\tat a.b(C.java:2)";
        assertEquals("java.lang.IllegalStateException: FX-9: this fixture was configured to fail its activation",
                PolicyInventory.firstLine(trace, "?"));
        assertEquals("plain message", PolicyInventory.firstLine("plain message", "?"));
        assertEquals("?", PolicyInventory.firstLine(null, "?"));
    }
}
