package org.hourglass.policy.institution.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import org.junit.Test;

/** A bad fee is named with its field; core's guard then keeps the last good values in force. */
public class InstitutionConfigCheckTest {
    private final InstitutionConfigCheck check = new InstitutionConfigCheck();

    @Test
    public void everyPerHeadFeeIsAnAmountInYuan() {
        assertTrue(check.check(InstitutionConfig.PID, Map.of("feeOnSite", "80.00")).isEmpty());
        assertEquals("feeOnSite", check.check(InstitutionConfig.PID, Map.of("feeOnSite", "eighty")).get(0).field());
        assertEquals("feeLiveOnline", check.check(InstitutionConfig.PID, Map.of("feeLiveOnline", "-1.00")).get(0).field());
        assertTrue("the defaults are good", check.check(InstitutionConfig.PID, Map.of()).isEmpty());
    }
}
