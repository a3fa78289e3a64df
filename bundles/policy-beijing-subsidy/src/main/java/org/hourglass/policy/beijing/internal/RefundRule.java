package org.hourglass.policy.beijing.internal;

import java.time.Duration;
import org.hourglass.api.policy.Decision;
import org.hourglass.api.policy.RefundRequest;

/**
 * BJ-11 (Q12, Q49). Refund: the order is not invoiced AND paid under N days ago AND no learner studied more
 * than M minutes of it. Course return: the copies concerned were studied at most M minutes. Equal-value
 * exchange: the course-return condition AND the buyer states it needs the rest no more (the provider then
 * confirms). The seed's "未超过10分钟" and "未满15天" read as "at most 10 minutes" and "under 15 days".
 */
final class RefundRule {
    private RefundRule() {
    }

    static Decision decide(RefundRequest r, int refundDays, int studyMinutes) {
        boolean studiedLittle = r.maxStudiedSeconds() <= studyMinutes * 60L;
        String studied = "a learner studied " + r.maxStudiedSeconds() / 60 + " minutes of it; at most " + studyMinutes + " may have been studied";
        return switch (r.kind()) {
            case REFUND -> r.invoiced() ? Decision.refuse("BJ-11", "the order is invoiced; an invoiced order is not refunded")
                    : r.paidAt() == null || !r.now().isBefore(r.paidAt().plus(Duration.ofDays(refundDays)))
                            ? Decision.refuse("BJ-11", "paid " + refundDays + " days ago or more; refunds are possible for " + refundDays + " days")
                    : studiedLittle ? Decision.allow() : Decision.refuse("BJ-11", studied);
            case COURSE_RETURN -> studiedLittle ? Decision.allow() : Decision.refuse("BJ-11", studied);
            case EQUAL_VALUE_EXCHANGE -> !studiedLittle ? Decision.refuse("BJ-11", studied)
                    : r.noFurtherNeed() ? Decision.allow()
                    : Decision.refuse("BJ-11", "an equal-value exchange needs the buyer to state it needs the copies no more");
        };
    }
}
