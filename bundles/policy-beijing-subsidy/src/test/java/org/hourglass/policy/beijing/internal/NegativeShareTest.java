package org.hourglass.policy.beijing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** BJ-14 (seed 000 Q8, Q59): "差评率低于30%" compared exactly. */
public class NegativeShareTest {
    @Test
    public void sevenOfTwentyFourIsUnderThirtyPercent() {
        NegativeShare share = new NegativeShare(7, 24);
        assertTrue(share.under(30));
        assertEquals("29.17", share.percent().toPlainString());
    }

    @Test
    public void exactlyTheLimitIsNotUnderIt() {
        assertFalse(new NegativeShare(3, 10).under(30));
        assertFalse(new NegativeShare(8, 24).under(30));
    }

    @Test
    public void noAnswersIsZeroPercentAndMayApply() {
        NegativeShare none = new NegativeShare(0, 0);
        assertTrue(none.under(30));
        assertEquals("0.00", none.percent().toPlainString());
    }
}
