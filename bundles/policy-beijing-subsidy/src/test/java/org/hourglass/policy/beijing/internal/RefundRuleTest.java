package org.hourglass.policy.beijing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import org.hourglass.api.policy.RefundKind;
import org.hourglass.api.policy.RefundRequest;
import org.hourglass.api.quantity.Money;
import org.junit.Test;

/** BJ-11 (Q12): refund, course return and equal-value exchange conditions. */
public class RefundRuleTest {
    private static final Instant PAID = Instant.parse("2021-06-01T02:00:00Z");

    private static boolean allowed(RefundKind kind, boolean invoiced, long studiedSeconds, boolean noMoreNeed, long daysLater) {
        return RefundRule.decide(new RefundRequest(1, kind, PAID, invoiced, studiedSeconds, 3, noMoreNeed, Money.ZERO,
                PAID.plusSeconds(daysLater * 86400)), 15, 10).allowed();
    }

    @Test
    public void bj11_refundNeedsNoInvoiceUnder15DaysAndAtMost10Minutes() {
        assertTrue(allowed(RefundKind.REFUND, false, 600, false, 14));
        assertFalse("invoiced", allowed(RefundKind.REFUND, true, 0, false, 1));
        assertFalse("15 days", allowed(RefundKind.REFUND, false, 0, false, 15));
        assertFalse("over 10 minutes", allowed(RefundKind.REFUND, false, 601, false, 1));
        assertEquals("BJ-11", RefundRule.decide(new RefundRequest(1, RefundKind.REFUND, PAID, true, 0, 1, false, Money.ZERO, PAID), 15, 10)
                .ruleId());
    }

    @Test
    public void bj11_courseReturnOnlyOfCopiesStudiedAtMost10Minutes() {
        assertTrue(allowed(RefundKind.COURSE_RETURN, true, 600, false, 100));
        assertFalse(allowed(RefundKind.COURSE_RETURN, false, 601, false, 1));
    }

    @Test
    public void bj11_exchangeNeedsTheReturnConditionAndNoFurtherNeed() {
        assertTrue(allowed(RefundKind.EQUAL_VALUE_EXCHANGE, true, 0, true, 100));
        assertFalse(allowed(RefundKind.EQUAL_VALUE_EXCHANGE, false, 0, false, 1));
        assertFalse(allowed(RefundKind.EQUAL_VALUE_EXCHANGE, false, 700, true, 1));
    }
}
