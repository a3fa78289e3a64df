package org.hourglass.policy.beijing.internal;

import java.util.List;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.authority.ClaimStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads of the policy's own tables that its decisions need (BJ-14, BJ-15, BJ-17, C-5). */
@Component(service = BeijingStore.class)
public class BeijingStore {
    static final String UNIT = "(osgi.unit.name=hourglass-policy-beijing-subsidy)";

    private final JpaTemplate jpa;

    @Activate
    public BeijingStore(@Reference(target = UNIT) JpaTemplate jpa) {
        this.jpa = jpa;
    }

    JpaTemplate jpa() {
        return jpa;
    }

    boolean hasCheatingCase(long classId, long learnerId) {
        return jpa.txExpr(TransactionType.Required, em -> !em.createQuery("select c.id from CheatingCaseEntity c where c.classId = :c "
                + "and c.learnerId = :l").setParameter("c", classId).setParameter("l", learnerId).getResultList().isEmpty());
    }

    long cheatingCases(long organizationId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select count(c) from CheatingCaseEntity c "
                + "where c.organizationId = :o", Long.class).setParameter("o", organizationId).getSingleResult());
    }

    /** BJ-14: the negative answers among all answers of the organisation's learners. */
    NegativeShare negativeShare(long organizationId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            long all = em.createQuery("select count(s) from SurveyAnswerEntity s where s.organizationId = :o", Long.class)
                    .setParameter("o", organizationId).getSingleResult();
            long negative = em.createQuery("select count(s) from SurveyAnswerEntity s where s.organizationId = :o and s.answer = 'NEGATIVE'",
                    Long.class).setParameter("o", organizationId).getSingleResult();
            return new NegativeShare(negative, all);
        });
    }

    /** C-5, BJ Q18: an application of the organisation the authority has not finished with. */
    boolean applicationUnderWay(long organizationId) {
        return jpa.txExpr(TransactionType.Required, em -> !em.createQuery("select a.id from ApplicationEntity a where a.organizationId = :o "
                + "and a.status not in :done").setParameter("o", organizationId)
                .setParameter("done", List.of(ClaimStatus.PAID, ClaimStatus.REJECTED)).getResultList().isEmpty());
    }

    /** BJ-15: learners of the organisation recorded as dispatched workers without an agreement on file, among {@code learners}. */
    List<Long> dispatchedWithoutAgreement(long organizationId, Set<Long> learners) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select d from DispatchEntity d where d.organizationId = :o",
                DispatchEntity.class).setParameter("o", organizationId).getResultList().stream()
                .filter(d -> learners.contains(d.learnerId()) && d.agreementSha256() == null).map(DispatchEntity::learnerId).toList());
    }

    /**
     * BJ-1: the learners among {@code learners} the organisation has not declared insured in Beijing and employed by it;
     * in the order given.
     */
    List<Long> notDeclaredEligible(long organizationId, java.util.Collection<Long> learners) {
        Set<Long> eligible = jpa.txExpr(TransactionType.Required, em -> em.createQuery("select e from EmploymentEntity e "
                + "where e.organizationId = :o", EmploymentEntity.class).setParameter("o", organizationId).getResultList().stream()
                .filter(EmploymentEntity::eligible).map(EmploymentEntity::learnerId).collect(java.util.stream.Collectors.toSet()));
        return learners.stream().filter(l -> !eligible.contains(l)).toList();
    }

    /** Dispatched workers of the organisation and their dispatch companies (BJ-1, Q44). */
    java.util.Map<Long, String> dispatchCompanies(long organizationId) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select d from DispatchEntity d where d.organizationId = :o",
                DispatchEntity.class).setParameter("o", organizationId).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(DispatchEntity::learnerId, DispatchEntity::dispatchCompany)));
    }

    /** BJ-13 → BJ-2 OFFLINE: recognised offline hours per learner of the class. */
    java.util.Map<Long, org.hourglass.api.quantity.Hours> recognisedOfflineHours(long classId) {
        java.util.Map<Long, org.hourglass.api.quantity.Hours> out = new java.util.HashMap<>();
        jpa.txExpr(TransactionType.Required, em -> em.createQuery("select p from OfflinePlanEntity p where p.classId = :c and p.status = :s",
                OfflinePlanEntity.class).setParameter("c", classId).setParameter("s", OfflinePlanEntity.Status.RECOGNISED.name())
                .getResultList()).forEach(p -> p.learners().forEach(l -> out.merge(l, org.hourglass.api.quantity.Hours.ofWhole(
                        p.confirmedHours()), org.hourglass.api.quantity.Hours::plus)));
        return out;
    }
}
