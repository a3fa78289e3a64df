package org.hourglass.policy.jiangsu.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The policy's own tables through its own persistence unit ({@code hourglass-policy-jiangsu-credits}): the one place that
 * names the unit; also what the policy's decisions read of them (JS-4, JS-9).
 */
@Component(service = JiangsuStore.class)
public class JiangsuStore {
    private final JpaTemplate jpa;

    @Activate
    public JiangsuStore(@Reference(target = "(osgi.unit.name=hourglass-policy-jiangsu-credits)") JpaTemplate jpa) {
        this.jpa = jpa;
    }

    JpaTemplate jpa() {
        return jpa;
    }

    /** JS-4: the class's categorised courses, by course id (a course without a row is public). */
    Map<Long, CourseCategoryEntity> categories(long classId) {
        Map<Long, CourseCategoryEntity> out = new HashMap<>();
        jpa.txExpr(TransactionType.Required, em -> em.createQuery("select c from CourseCategoryEntity c where c.classId = :c",
                CourseCategoryEntity.class).setParameter("c", classId).getResultList()).forEach(c -> out.put(c.courseId(), c));
        return out;
    }

    /** JS-4: the courses each of the learners chose in the class. */
    Map<Long, Set<Long>> choices(long classId, Set<Long> learnerIds) {
        Map<Long, Set<Long>> out = new HashMap<>();
        learnerIds.forEach(l -> out.put(l, new HashSet<>()));
        jpa.txExpr(TransactionType.Required, em -> em.createQuery("select c.learnerId, c.courseId from CourseChoiceEntity c "
                + "where c.classId = :c", Object[].class).setParameter("c", classId).getResultList()).forEach(r -> {
                    Set<Long> mine = out.get((Long) r[0]);
                    if (mine != null) {
                        mine.add((Long) r[1]);
                    }
                });
        return out;
    }

    /** JS-4: the hours the learner chose in each chosen category of the class. */
    Map<CourseCategory, Long> chosenTenths(long classId, long learnerId) {
        Map<Long, CourseCategoryEntity> cats = categories(classId);
        Map<CourseCategory, Long> out = new java.util.EnumMap<>(CourseCategory.class);
        for (long course : choices(classId, Set.of(learnerId)).get(learnerId)) {
            CourseCategoryEntity c = cats.get(course);
            if (c != null) {
                out.merge(c.category(), c.hoursTenths(), Long::sum);
            }
        }
        return out;
    }

    /** JS-9: whether the learner holds a face-to-face registration (not cancelled) of this training year. */
    boolean faceToFaceIn(long learnerId, int year) {
        return jpa.txExpr(TransactionType.Required, em -> !em.createQuery("select f.id from FaceToFaceEntity f where f.learnerId = :l "
                + "and f.trainingYear = :y and f.cancelledAt is null").setParameter("l", learnerId).setParameter("y", year)
                .getResultList().isEmpty());
    }
}
