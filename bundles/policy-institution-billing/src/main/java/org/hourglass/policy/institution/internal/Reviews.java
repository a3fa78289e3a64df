package org.hourglass.policy.institution.internal;

import java.time.Instant;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.classes.ClassLifecycle;
import org.hourglass.api.classes.TransitionBody;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.support.PolicyClassAccess;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Money;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * IN-5, IN-6: platform staff review a class's opening and closing in levels (seed 003 "开班审核", "结业审核": two by
 * default). Each level is one reviewer's decision with its time, opinion and — on refusal — reason; a level is taken by
 * a reviewer who has not decided an earlier level of the same round. The last approving level moves the class on
 * (OPEN, CLOSED), a refusal moves it back (PLANNED, OPEN): the review row and core's move are one transaction.
 */
@Component(service = Reviews.class)
public class Reviews {
    private final JpaTemplate jpa;
    private final ReviewStore store;
    private final ClassDirectory classes;
    private final ClassLifecycle lifecycle;
    private final InstitutionPolicy policy;
    private final ClosingOrders closingOrders;
    private final TimeSource time;

    @Activate
    public Reviews(@Reference ReviewStore store, @Reference ClassDirectory classes, @Reference ClassLifecycle lifecycle,
            @Reference InstitutionPolicy policy, @Reference ClosingOrders closingOrders, @Reference TimeSource time) {
        this.closingOrders = closingOrders;
        this.jpa = store.jpa();
        this.store = store;
        this.classes = classes;
        this.lifecycle = lifecycle;
        this.policy = policy;
        this.time = time;
    }

    /** Body of a review: APPROVE or REFUSE, an opinion, and a reason when refusing. */
    public record Decision(String decision, String opinion, String reason) {
    }

    public record Logged(long id, long classId, String stage, int level, String decision, String opinion, String reason,
            String reviewer, Instant decidedAt) {
    }

    /** IN-5's opening review sheet: the class's data and estimated headcount × per-head fee (seed 003: 5 × 75.00 = 375.00). */
    public record OpeningSheet(long classId, String name, String classType, String status, int estimatedHeadcount, int rosterSize,
            Money perHeadFee, boolean feeExempt, Money estimatedAmount, java.time.LocalDate startDate, java.time.LocalDate endDate, int reviewLevels,
            List<Logged> reviews) {
    }

    public OpeningSheet sheet(Caller caller, long classId) {
        ClassContext cls = PolicyClassAccess.requireVisibleClass(classes, InstitutionPolicy.CODE, classId, caller);
        Money fee = policy.fee(cls);
        return new OpeningSheet(classId, cls.name(), cls.classType(), cls.status(), cls.capacity(), cls.rosterSize(), fee,
                policy.feeExempt(cls), fee.times(cls.capacity()), cls.startDate(), cls.endDate(), policy.reviewLevels(), log(caller, classId));
    }

    public List<Logged> log(Caller caller, long classId) {
        PolicyClassAccess.requireVisibleClass(classes, InstitutionPolicy.CODE, classId, caller);
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select r from ReviewEntity r where r.classId = :c order by r.id",
                ReviewEntity.class).setParameter("c", classId).getResultList().stream().map(ReviewEntity::toView).toList());
    }

    public Logged decide(Caller caller, long classId, Decision body) {
        Problem.requireBody(body);
        boolean approve = "APPROVE".equals(body.decision());
        List<FieldError> errors = new java.util.ArrayList<>();
        if (!approve && !"REFUSE".equals(body.decision())) {
            errors.add(new FieldError("decision", "APPROVE or REFUSE"));
        }
        if (body.opinion() != null && body.opinion().length() > 500) {
            errors.add(new FieldError("opinion", "at most 500 characters"));
        }
        if (!approve && (body.reason() == null || body.reason().isBlank() || body.reason().length() > 500)) {
            errors.add(new FieldError("reason", "a refusal gives its reason, at most 500 characters"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the review has invalid fields", errors);
        }
        ClassContext cls = PolicyClassAccess.requireVisibleClass(classes, InstitutionPolicy.CODE, classId, caller);
        ReviewEntity.Stage stage = switch (cls.status()) {
            case InstitutionPolicy.OPENING_REVIEW -> ReviewEntity.Stage.OPENING;
            case InstitutionPolicy.CLOSING_REVIEW -> ReviewEntity.Stage.CLOSING;
            default -> throw Problem.ruleViolated("IN-5", "class " + classId + " is " + cls.status() + ", not under review");
        };
        return jpa.txExpr(TransactionType.Required, em -> {
            List<ReviewEntity> round = store.round(classId, stage);
            if (round.stream().anyMatch(r -> r.reviewerId() == caller.accountId())) {
                throw Problem.ruleViolated(stage == ReviewEntity.Stage.OPENING ? "IN-5" : "IN-6",
                        "you decided an earlier level of this review; another reviewer takes level " + (round.size() + 1));
            }
            int level = round.size() + 1;
            ReviewEntity review = new ReviewEntity(classId, stage, level, approve ? ReviewEntity.Decision.APPROVED
                    : ReviewEntity.Decision.REFUSED, trimmed(body.opinion()), trimmed(body.reason()), caller.accountId(),
                    caller.principal(), time.now());
            em.persist(review);
            em.flush();
            boolean opening = stage == ReviewEntity.Stage.OPENING;
            if (!approve) {
                lifecycle.transition(caller, classId, new TransitionBody(opening ? InstitutionPolicy.PLANNED : InstitutionPolicy.OPEN,
                        "review level " + level + " refused: " + body.reason().strip()));
            } else if (level >= policy.reviewLevels()) {
                lifecycle.transition(caller, classId, new TransitionBody(opening ? InstitutionPolicy.OPEN : InstitutionPolicy.CLOSED,
                        "review approved at all " + level + " levels"));
                if (!opening) {
                    closingOrders.create(caller, cls); // IN-8: the bill becomes the class-closing order, in this transaction
                }
            }
            return review.toView();
        });
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
