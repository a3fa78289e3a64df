package org.hourglass.policy.jiangsu.internal;

import org.hourglass.api.classes.SelfEnrolment;
import org.hourglass.api.commerce.LineKinds;
import org.hourglass.api.commerce.OrderListener;
import org.hourglass.api.commerce.OrderLineView;
import org.hourglass.api.commerce.OrderView;
import org.hourglass.api.policy.PartyKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * JS-3 (seed 002 "缴费成功后，开通班级"): a paid enrolment order of this policy opens its classes to the learner — on the
 * roster in the transaction that records the payment, so the class opens exactly when the payment counts.
 */
@Component(service = OrderListener.class)
public class PaidEnrolments implements OrderListener {
    private final SelfEnrolment enrolment;

    @Activate
    public PaidEnrolments(@Reference SelfEnrolment enrolment) {
        this.enrolment = enrolment;
    }

    @Override
    public void paid(OrderView order) {
        if (!JiangsuPolicy.CODE.equals(order.policy()) || order.buyer().kind() != PartyKind.LEARNER) {
            return;
        }
        for (OrderLineView line : order.lines()) {
            if (LineKinds.CLASS_ENROLMENT.equals(line.kind()) && line.refId() != null) {
                enrolment.enrol(line.refId(), order.buyer().id());
            }
        }
    }
}
