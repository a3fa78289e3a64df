package org.hourglass.policy.jiangsu.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.LearnerDirectory;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.documents.DocumentRenderer;
import org.hourglass.api.documents.PrintedPage;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.security.Caller;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * JS-9 "面授班" (seed 002 §5(五)): a learner registers for the current training year's face-to-face class — only if he is in
 * no online class of this policy that year ("前提是当前年度未报过网授班"; the other way round is {@link JiangsuPolicy#mayEnrol}),
 * once a year; he may cancel within the configured days after the registration day ("三天内可取消报名": registered on day 0,
 * cancelled through day 3, by the platform clock); he prints the registration form ("打印报名表"); past years stay listed.
 */
@Component(service = FaceToFace.class)
public class FaceToFace {
    private final JpaTemplate jpa;
    private final ClassSearch search;
    private final JiangsuPolicy policy;
    private final LearnerDirectory learners;
    private final DocumentRenderer documents;
    private final TimeSource time;

    @Activate
    public FaceToFace(@Reference JiangsuStore store, @Reference ClassSearch search, @Reference JiangsuPolicy policy,
            @Reference LearnerDirectory learners, @Reference DocumentRenderer documents, @Reference TimeSource time) {
        this.jpa = store.jpa();
        this.search = search;
        this.policy = policy;
        this.learners = learners;
        this.documents = documents;
        this.time = time;
    }

    /** {@code cancellableUntil}: the last local day a standing registration may be cancelled. */
    public record Registration(long id, int trainingYear, Instant registeredAt, Instant cancelledAt, LocalDate cancellableUntil) {
    }

    public Registration register(Caller learner) {
        int year = time.today().getYear();
        List<Long> online = search.classesOf(learner.accountId(), year).stream().map(ClassContext::classId).toList();
        if (!online.isEmpty()) {
            throw Problem.ruleViolated("JS-9", "you are enrolled in online class " + online.get(0) + " of " + year
                    + "; the face-to-face class is for learners without one (seed 002 \"前提是当前年度未报过网授班\")");
        }
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                FaceToFaceEntity f = new FaceToFaceEntity(learner.accountId(), year, time.now(), time.today());
                em.persist(f);
                em.flush(); // a second standing registration of the year fails here, on the unique active key
                return f.toView(cancelDays());
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw Problem.ruleViolated("JS-9", "you are registered for the " + year + " face-to-face class already");
            }
            throw e;
        }
    }

    public Registration cancel(Caller learner, long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            FaceToFaceEntity f = own(em.find(FaceToFaceEntity.class, id), learner, id);
            if (f.cancelled()) {
                throw Problem.conflict("registration " + id + " is cancelled already");
            }
            LocalDate last = f.registeredDay().plusDays(cancelDays());
            if (time.today().isAfter(last)) {
                throw Problem.ruleViolated("JS-9", "a registration is cancelled within " + cancelDays() + " days of the registration day ("
                        + f.registeredDay() + "), so until " + last);
            }
            f.cancel(time.now());
            return f.toView(cancelDays());
        });
    }

    public List<Registration> list(Caller learner) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select f from FaceToFaceEntity f where f.learnerId = :l "
                + "order by f.id desc", FaceToFaceEntity.class).setParameter("l", learner.accountId()).getResultList()).stream()
                .map(f -> f.toView(cancelDays())).toList();
    }

    /** "打印报名表": the registration's form as a PDF (the ID number masked). */
    public byte[] form(Caller learner, long id) {
        Registration r = jpa.txExpr(TransactionType.Required, em -> own(em.find(FaceToFaceEntity.class, id), learner, id)
                .toView(cancelDays()));
        LearnerView me = learners.find(learner.accountId()).orElseThrow(() -> Problem.notFound("learner", learner.accountId()));
        List<String> lines = new ArrayList<>(List.of("姓名 Name: " + me.name(), "证件号码 ID: " + ResidentIdNumber.mask(me.idNumber()),
                "手机 Phone: " + (me.phone() == null ? "--" : me.phone()), "培训年度 Training year: " + r.trainingYear(),
                "报名时间 Registered: " + r.registeredAt().atZone(TimeSource.DEFAULT_ZONE).toLocalDateTime().withNano(0),
                "状态 Status: " + (r.cancelledAt() == null ? "已报名 registered" : "已取消 cancelled")));
        return documents.pdf(new PrintedPage("面授班报名表", "江苏省机关事业单位工勤人员继续教育 面授班报名表", lines,
                "Registration " + r.id() + " · Hourglass", null, r.registeredAt()));
    }

    private int cancelDays() {
        return policy.config().faceToFaceCancelDays();
    }

    private static FaceToFaceEntity own(FaceToFaceEntity f, Caller learner, long id) {
        if (f == null || f.learnerId() != learner.accountId()) {
            throw Problem.notFound("face-to-face registration", id);
        }
        return f;
    }
}
