package org.hourglass.policy.jiangsu.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.Test;

/** A bad value is named with its field; core's guard then keeps the last good values in force. */
public class JiangsuConfigCheckTest {
    private final JiangsuConfigCheck check = new JiangsuConfigCheck();

    @Test
    public void theFeeIsAnAmountInYuanAndTheExamModelOneOfTwo() {
        assertTrue("the defaults are good", check.check(JiangsuConfig.PID, Map.of()).isEmpty());
        assertEquals("classFee", check.check(JiangsuConfig.PID, Map.of("classFee", "a hundred")).get(0).field());
        assertEquals("classFee", check.check(JiangsuConfig.PID, Map.of("classFee", "-1.00")).get(0).field());
        assertEquals("examModel", check.check(JiangsuConfig.PID, Map.of("examModel", "ORAL")).get(0).field());
    }
}
