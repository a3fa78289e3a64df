package org.hourglass.policy.hr.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.Test;

/** A bad value is named with its field; core's guard then keeps the last good values in force. */
public class HrExamConfigCheckTest {
    private final HrExamConfigCheck check = new HrExamConfigCheck();

    @Test
    public void hr5_aPaperHasQuestions() {
        assertTrue("the defaults are good", check.check(HrExamConfig.PID, Map.of()).isEmpty());
        assertEquals("singleChoice", check.check(HrExamConfig.PID, Map.of("singleChoice", 0, "multipleChoice", 0)).get(0).field());
    }
}
