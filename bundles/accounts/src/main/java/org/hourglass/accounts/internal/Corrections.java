package org.hourglass.accounts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.Gender;
import org.hourglass.api.identity.IdType;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.problem.Verdict;
import org.hourglass.api.rest.Roles;
import org.hourglass.api.security.Caller;
import org.hourglass.api.text.PlainText;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * JS-1 (seed 001 "请仔细核对个人信息是否有误，若信息有误请联系工考办进行修改"; seed 002 "个人中心"): a learner does not edit his name,
 * ID number or gender himself; he asks, giving the reason, and the office — platform staff (platform admin, reviewers) —
 * approves, which corrects the account in the same transaction, or refuses with its reason. Every request keeps the data
 * before and after, who decided and when: the corrections' audit. One open request per learner.
 */
@Component(service = Corrections.class)
public class Corrections {
    private final JpaTemplate jpa;
    private final TimeSource time;

    @Activate
    public Corrections(@Reference(target = "(osgi.unit.name=hourglass-accounts)") JpaTemplate jpa, @Reference TimeSource time) {
        this.jpa = jpa;
        this.time = time;
    }

    /** Body of a request: the corrected name, ID number and gender (what is left out stays), and why. */
    public record Request(String name, String idNumber, Gender gender, String reason) {
    }

    /** Body of the office's decision: APPROVE or REFUSE, with an opinion a refusal must give. */
    public record Decision(String decision, String opinion) {
    }

    public record Correction(long id, long learnerId, String status, String name, String idNumber, Gender gender, String previousName,
            String previousIdNumber, Gender previousGender, String reason, Instant requestedAt, String decidedBy, Instant decidedAt,
            String opinion) {
    }

    public Correction request(Caller learner, long learnerId, Request body) {
        if (learner.accountId() != learnerId) {
            throw Problem.notFound("learner", learnerId);
        }
        Problem.requireBody(body);
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                AccountEntity a = em.find(AccountEntity.class, learnerId);
                if (a == null || a.kind() != AccountKind.LEARNER) {
                    throw Problem.notFound("learner", learnerId);
                }
                String name = body.name() == null ? a.displayName() : body.name().strip();
                String id = body.idNumber() == null ? a.idNumber() : body.idNumber().strip().toUpperCase(Locale.ROOT);
                Gender gender = body.gender() == null ? a.gender() : body.gender();
                List<FieldError> errors = new ArrayList<>();
                if (name.isEmpty() || name.length() > 50 || !PlainText.isPlain(name)) {
                    errors.add(new FieldError("name", "at most 50 characters of plain text"));
                }
                if (a.idType() == IdType.RESIDENT_ID) {
                    ResidentIdNumber.problem(id, time.today()).ifPresent(p -> errors.add(new FieldError("idNumber", "C-1: " + p)));
                } else if (!id.matches("[A-Z0-9]{5,20}")) {
                    errors.add(new FieldError("idNumber", "5 to 20 letters or digits"));
                }
                if (body.reason() == null || body.reason().isBlank() || body.reason().length() > 500 || !PlainText.isPlain(body.reason())) {
                    errors.add(new FieldError("reason", "required: why the data is wrong, at most 500 characters"));
                }
                if (errors.isEmpty() && name.equals(a.displayName()) && id.equals(a.idNumber()) && gender == a.gender()) {
                    errors.add(new FieldError("name", "the request changes nothing"));
                }
                if (!errors.isEmpty()) {
                    throw Problem.invalid("the correction request has invalid fields", errors);
                }
                CorrectionEntity c = new CorrectionEntity(a, name, id, gender, body.reason().strip(), time.now());
                em.persist(c);
                em.flush(); // a second open request fails here, on the unique pending learner
                return c.toView(false);
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.ruleViolated("JS-1", "a correction request of yours is open already; the office decides it first");
            }
            throw e;
        }
    }

    /** The learner's own requests; platform staff see any learner's. */
    public List<Correction> ofLearner(Caller caller, long learnerId) {
        boolean staff = office(caller);
        if (!staff && caller.accountId() != learnerId) {
            throw Problem.notFound("learner", learnerId);
        }
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select c from CorrectionEntity c where c.learnerId = :l "
                + "order by c.id desc", CorrectionEntity.class).setParameter("l", learnerId).getResultStream().map(c -> c.toView(staff))
                .toList());
    }

    /** The office's queue: requests by status (PENDING by default), oldest first. */
    public List<Correction> queue(String status) {
        CorrectionEntity.Status s;
        try {
            s = status == null || status.isBlank() ? CorrectionEntity.Status.PENDING : CorrectionEntity.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw Problem.invalidField("status", "PENDING, APPROVED or REFUSED");
        }
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select c from CorrectionEntity c where c.status = :s "
                + "order by c.id", CorrectionEntity.class).setParameter("s", s).setMaxResults(500).getResultStream()
                .map(c -> c.toView(true)).toList());
    }

    public Correction decide(Caller office, long id, Decision body) {
        Problem.requireBody(body);
        Verdict verdict = Verdict.parse(body.decision(), body.opinion(), "APPROVE");
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                CorrectionEntity c = em.find(CorrectionEntity.class, id);
                if (c == null) {
                    throw Problem.notFound("correction", id);
                }
                if (c.status() != CorrectionEntity.Status.PENDING) {
                    throw Problem.conflict("correction " + id + " is " + c.status() + " already");
                }
                c.decide(verdict.approved(), office.principal(), verdict.opinion(), time.now());
                if (verdict.approved()) {
                    em.find(AccountEntity.class, c.learnerId()).correct(c.name(), c.idNumber(), c.gender());
                }
                em.flush(); // a corrected ID number another account holds fails here (unique), not at commit
                return c.toView(true);
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.conflict("C-1: another account holds this ID number; the correction was not applied");
            }
            throw e;
        }
    }

    private static boolean office(Caller caller) {
        return caller.hasRole(Roles.PLATFORM_ADMIN) || caller.hasRole(Roles.REVIEWER);
    }
}
