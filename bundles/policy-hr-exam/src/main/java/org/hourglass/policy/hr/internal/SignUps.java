package org.hourglass.policy.hr.internal;

import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.classes.SelfEnrolment;
import org.hourglass.api.policy.support.PolicyClassAccess;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** HR-1 (seed 004 "登录后点击免费报名，然后进入课程"): a learner signs up to the open course series, free — no order, no fee. */
@Component(service = SignUps.class)
public class SignUps {
    private final ClassDirectory classes;
    private final SelfEnrolment enrolment;

    @Activate
    public SignUps(@Reference ClassDirectory classes, @Reference SelfEnrolment enrolment) {
        this.classes = classes;
        this.enrolment = enrolment;
    }

    public record SignUp(Long classId) {
    }

    public RosterEntryView signUp(Caller learner, SignUp body) {
        if (body == null || body.classId() == null) {
            throw org.hourglass.api.problem.Problem.invalidField("classId", "required: the course series to sign up to");
        }
        PolicyClassAccess.requirePolicyClass(classes, HrExamPolicy.CODE, body.classId());
        return enrolment.enrol(body.classId(), learner.accountId());
    }
}
