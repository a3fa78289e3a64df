package ${package}.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.Test;

/** A bad value is named with its field; core's guard then keeps the last good values in force. */
public class ${policyClass}ConfigCheckTest {
    private final ${policyClass}ConfigCheck check = new ${policyClass}ConfigCheck();

    @Test
    public void theVoucherIsAnAmountInYuan() {
        assertTrue(check.check(${policyClass}Config.PID, Map.of("voucherYuan", "600.00")).isEmpty());
        assertEquals("voucherYuan", check.check(${policyClass}Config.PID, Map.of("voucherYuan", "six hundred")).get(0).field());
        assertTrue("the defaults are good", check.check(${policyClass}Config.PID, Map.of()).isEmpty());
    }
}
