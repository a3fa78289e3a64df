package org.hourglass.policy.jiangsu.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hourglass.api.accounts.InstitutionDirectory;
import org.hourglass.api.classes.ClassDirectory;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Money;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** JS-2 (seed 002 "根据培训年度、技术等级搜索后选择自己要报名的班级"): the open classes of a training year and grade, with their fee. */
@Component(service = ClassSearch.class)
public class ClassSearch {
    private static final int MOST = 1000;

    private final ClassDirectory classes;
    private final InstitutionDirectory institutions;
    private final JiangsuPolicy policy;

    @Activate
    public ClassSearch(@Reference ClassDirectory classes, @Reference InstitutionDirectory institutions, @Reference JiangsuPolicy policy) {
        this.classes = classes;
        this.institutions = institutions;
        this.policy = policy;
    }

    /** A class as a learner chooses it: year, grade, exam model, its provider and its fee. */
    public record Offer(long classId, String name, int trainingYear, String grade, String gradeName, String examModel, long providerId,
            String provider, LocalDate startDate, LocalDate endDate, Money fee) {
    }

    public List<Offer> search(Integer year, String grade) {
        Grade wanted = grade == null || grade.isBlank() ? null : Grade.parse(grade)
                .orElseThrow(() -> Problem.invalidField("grade", "JUNIOR, INTERMEDIATE, SENIOR, TECHNICIAN or SENIOR_TECHNICIAN"));
        if (year != null && (year < 2000 || year > 2100)) {
            throw Problem.invalidField("year", "a training year, e.g. 2026");
        }
        return classes.list(JiangsuPolicy.CODE, 0, MOST).stream().filter(c -> JiangsuPolicy.OPEN.equals(c.status()))
                .map(c -> classes.context(c.id())).flatMap(Optional::stream).map(this::offer)
                .filter(o -> (year == null || o.trainingYear() == year) && (wanted == null || o.grade().equals(wanted.name()))).toList();
    }

    /** The classes of this policy in the training year that have the learner on their roster (JS-9, JS-10). */
    List<ClassContext> classesOf(long learnerId, int year) {
        return classes.list(JiangsuPolicy.CODE, 0, MOST).stream().map(c -> classes.context(c.id())).flatMap(Optional::stream)
                .filter(ctx -> policy.facts(ctx).trainingYear() == year && classes.rosterEntry(ctx.classId(), learnerId).isPresent())
                .toList();
    }

    /** The offer of one class of this policy; 404 when it is none. */
    public Offer offer(long classId) {
        return classes.context(classId).filter(c -> JiangsuPolicy.CODE.equals(c.policyCode())).map(this::offer)
                .orElseThrow(() -> Problem.notFound("class", classId));
    }

    private Offer offer(ClassContext c) {
        ClassFacts f = policy.facts(c);
        String grade = f.grade() == null ? "" : f.grade().name();
        return new Offer(c.classId(), c.name(), f.trainingYear(), grade, f.grade() == null ? "" : f.grade().chineseName(),
                f.examModel().name(), c.owner().id(), institutions.find(c.owner().id()).map(i -> i.name()).orElse(""), c.startDate(),
                c.endDate(), policy.enrolmentFee(c));
    }
}
