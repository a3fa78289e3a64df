package org.hourglass.api.policy.support;

import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassOwnership;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.security.Caller;

/**
 * "This class is under my policy and the caller may see it, else 404" — for a policy's own REST resources (not for
 * decision hooks, which get the class in their request). Existence is never revealed: a class of another policy, of
 * another owner or of nobody answers the same 404.
 */
public final class PolicyClassAccess {
    private PolicyClassAccess() {
    }

    /** The class as a policy sees it, if it runs under {@code policyCode}; 404 otherwise. Ownership is not checked. */
    public static ClassContext requirePolicyClass(ClassDirectory classes, String policyCode, long classId) {
        ClassContext cls = classes.context(classId).orElseThrow(() -> Problem.notFound("class", classId));
        if (!policyCode.equals(cls.policyCode())) {
            throw Problem.notFound("class", classId);
        }
        return cls;
    }

    /** The class, if it runs under {@code policyCode} and the caller manages it ({@link ClassOwnership}); 404 otherwise. */
    public static ClassContext requireVisibleClass(ClassDirectory classes, String policyCode, long classId, Caller caller) {
        ClassContext cls = requirePolicyClass(classes, policyCode, classId);
        if (!ClassOwnership.manages(caller, cls.owner().kind(), cls.owner().id())) {
            throw Problem.notFound("class", classId);
        }
        return cls;
    }
}
