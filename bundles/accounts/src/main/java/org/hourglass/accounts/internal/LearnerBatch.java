package org.hourglass.accounts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.hourglass.api.accounts.EnsuredLearner;
import org.hourglass.api.accounts.NewLearner;
import org.hourglass.api.identity.IdType;
import org.hourglass.api.problem.FieldError;

/**
 * {@code LearnerDirectory.ensureAll} (C-21 roster imports): every learner of a batch checked against the account
 * rules with a fixed number of reads (ID numbers and phones looked up once for the whole batch), refusals answered
 * per learner, new accounts written in the caller's transaction with one flush.
 */
final class LearnerBatch {
    private static final int CHUNK = 500;

    private final EntityManager em;
    private final LocalDate today;
    private final Instant now;

    LearnerBatch(EntityManager em, LocalDate today, Instant now) {
        this.em = em;
        this.today = today;
        this.now = now;
    }

    /**
     * {@code organizationOf} turns a requested organisation into the one the learner joins (the caller's rights); a
     * learner of no organisation belongs to {@code institutionId} (institution staff's imports).
     */
    List<EnsuredLearner> ensure(List<NewLearner> batch, Function<Long, Long> organizationOf, Long institutionId,
            Function<AccountEntity, Boolean> fullId) {
        List<String> idNumbers = new ArrayList<>(batch.size());
        List<EnsuredLearner> outcomes = new ArrayList<>(batch.size());
        for (NewLearner l : batch) {
            List<FieldError> errors = new ArrayList<>();
            AccountFields.text(errors, "name", l.name(), 50);
            String n = AccountFields.idNumber(errors, idType(l), l.idNumber(), today);
            AccountFields.phone(errors, "phone", l.phone(), false);
            idNumbers.add(errors.isEmpty() ? n : null);
            outcomes.add(errors.isEmpty() ? null : new EnsuredLearner(null, errors.get(0)));
        }
        Map<String, AccountEntity> existing = byIdNumbers(em, idNumbers);
        Map<String, Long> phonesTaken = learnerPhones(batch);
        Set<String> phonesOfBatch = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes.get(i) != null) {
                continue;
            }
            NewLearner l = batch.get(i);
            String idNumber = idNumbers.get(i);
            if (!seen.add(idNumber)) {
                outcomes.set(i, EnsuredLearner.refused("idNumber", "appears earlier in this batch"));
                continue;
            }
            Long organizationId = organizationOf.apply(l.organizationId());
            AccountEntity found = existing.get(idNumber);
            if (found != null) {
                outcomes.set(i, rejoin(found, organizationId, fullId));
                continue;
            }
            if (l.phone() != null && !phonesOfBatch.add(l.phone())) {
                outcomes.set(i, EnsuredLearner.refused("phone", "C-3: phone " + l.phone() + " appears earlier in this batch"));
                continue;
            }
            String phone = l.phone();
            if (phone != null && phonesTaken.containsKey(phone)) {
                Long holder = phonesTaken.get(phone);
                if (organizationId != null && organizationId.equals(holder)) {
                    outcomes.set(i, EnsuredLearner.refused("phone", "C-3: phone " + phone + " is another learner's of your organisation"));
                    continue;
                }
                // issue 14 item 13: another tenant's learner has it. A typed-in phone is only a contact (C-21, unbound,
                // no login), so the learner is imported without it and binds his own at first login (C-2): nothing is
                // refused, so nothing tells the importer whose phone it was.
                phone = null;
            }
            AccountEntity learner = AccountEntity.learner(l.name().trim(), idType(l), idNumber, phone, l.gender(), organizationId,
                    organizationId == null ? institutionId : null, InitialPassword.MARKER, now);
            em.persist(learner);
            outcomes.set(i, new EnsuredLearner(null, null)); // filled in after the flush gives it an id
            existing.put(idNumber, learner);
        }
        em.flush();
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes.get(i).refusal() == null && outcomes.get(i).learner() == null) {
                AccountEntity created = existing.get(idNumbers.get(i));
                outcomes.set(i, EnsuredLearner.of(created.toLearnerView(fullId.apply(created))));
            }
        }
        return outcomes;
    }

    /** As {@code LearnerDirectory.ensure}: the learner as they are, joined to the organisation, or refused (C-24). */
    private static EnsuredLearner rejoin(AccountEntity found, Long organizationId, Function<AccountEntity, Boolean> fullId) {
        if (Objects.equals(found.organizationId(), organizationId)) {
            return EnsuredLearner.of(found.toLearnerView(true));
        }
        if (organizationId != null && found.organizationId() == null) {
            found.joinOrganization(organizationId);
            return EnsuredLearner.of(found.toLearnerView(fullId.apply(found)));
        }
        if (organizationId != null) {
            return EnsuredLearner.refused("idNumber", EnsuredLearner.NOT_AVAILABLE);
        }
        return EnsuredLearner.refused("idNumber", "a learner with this ID number already exists");
    }

    private static IdType idType(NewLearner l) {
        return l.idType() == null ? IdType.RESIDENT_ID : l.idType();
    }

    /** Accounts by (normalised) ID number, a read per 500 numbers. */
    static Map<String, AccountEntity> byIdNumbers(EntityManager em, Collection<String> idNumbers) {
        List<String> wanted = idNumbers.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, AccountEntity> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            em.createQuery("select a from AccountEntity a where a.idNumber in :n", AccountEntity.class)
                    .setParameter("n", wanted.subList(from, Math.min(wanted.size(), from + CHUNK))).getResultList()
                    .forEach(a -> found.put(a.idNumber(), a));
        }
        return found;
    }

    /** C-3: the batch's phones some learner already has, with that learner's organisation (a null value: none). */
    private Map<String, Long> learnerPhones(List<NewLearner> batch) {
        List<String> phones = batch.stream().map(NewLearner::phone).filter(Objects::nonNull).distinct().toList();
        Map<String, Long> taken = new HashMap<>();
        for (int from = 0; from < phones.size(); from += CHUNK) {
            em.createQuery("select a from AccountEntity a where a.kind = :k and a.phone in :p", AccountEntity.class)
                    .setParameter("k", AccountKind.LEARNER).setParameter("p", phones.subList(from, Math.min(phones.size(), from + CHUNK)))
                    .getResultList().forEach(a -> taken.put(a.phone(), a.organizationId()));
        }
        return taken;
    }
}
