package org.hourglass.commerce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.accounts.InstitutionDirectory;
import org.hourglass.api.commerce.BalanceView;
import org.hourglass.api.commerce.LineKinds;
import org.hourglass.api.commerce.OrderView;
import org.hourglass.api.commerce.PrepaidMinutes;
import org.hourglass.api.commerce.UsageReport;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.quantity.Money;
import org.hourglass.persistence.UniqueViolation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Prepaid live-stream minutes (IN-8): topped up by paid orders, used minutes reported by the live system,
 * and each institution's usage of a finished local day settled at midnight into a live-stream order paid from
 * the balance — once per institution and day, whoever triggers it.
 */
@Component(service = {BalanceService.class, PrepaidMinutes.class})
public class BalanceService implements PrepaidMinutes {
    private final JpaTemplate jpa;
    private final TimeSource time;
    private final InstitutionDirectory institutions;

    @Activate
    public BalanceService(@Reference(target = "(osgi.unit.name=hourglass-commerce)") JpaTemplate jpa, @Reference TimeSource time,
            @Reference InstitutionDirectory institutions) {
        this.jpa = jpa;
        this.time = time;
        this.institutions = institutions;
    }

    @Override
    public boolean used(UsageReport report) {
        return usage(report);
    }

    /** IN-8 "使用记录": the institution's usage reports, newest first (at most {@code limit}). */
    public List<org.hourglass.api.commerce.UsageView> usageOf(long institutionId, int limit) {
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select u from UsageEntity u where u.institutionId = :i "
                + "order by u.usedAt desc, u.id desc", UsageEntity.class).setParameter("i", institutionId).setMaxResults(limit)
                .getResultStream().map(UsageEntity::toView).toList());
    }

    @Override
    public BalanceView balance(long institutionId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            BalanceEntity b = em.find(BalanceEntity.class, institutionId);
            return b == null ? new BalanceView(institutionId, 0, null) : b.toView();
        });
    }

    /** IN-8: the institution's annual services and their terms. */
    public List<org.hourglass.api.commerce.ServiceTermView> services(long institutionId) {
        return jpa.txExpr(TransactionType.Required, em -> AnnualServices.terms(em, institutionId, time.today()));
    }

    /** Records used minutes once per (institution, reference); 201 when new, 200 for a repeated report. */
    public boolean usage(UsageReport r) {
        Problem.requireBody(r);
        List<FieldError> errors = new ArrayList<>();
        if (r.institutionId() == null || institutions.find(r.institutionId()).isEmpty()) {
            errors.add(new FieldError("institutionId", "required, an existing institution"));
        }
        if (r.minutes() == null || r.minutes() < 1 || r.minutes() > 24 * 60 * 1000) {
            errors.add(new FieldError("minutes", "required, 1 to 1440000"));
        }
        if (r.reference() == null || r.reference().isBlank() || r.reference().length() > 100) {
            errors.add(new FieldError("reference", "required, at most 100 characters (the live session's id)"));
        }
        java.time.Instant at = r.at() == null ? time.now() : r.at();
        if (at.isAfter(time.now().plusSeconds(300))) {
            errors.add(new FieldError("at", "not in the future"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("the usage report has invalid fields", errors);
        }
        LocalDate day = at.atZone(TimeSource.DEFAULT_ZONE).toLocalDate();
        if (settled(r.institutionId(), day)) {
            throw Problem.conflict("IN-8: the usage of " + day + " was settled at midnight; report it on the current day");
        }
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                boolean seen = !em.createQuery("select u.id from UsageEntity u where u.institutionId = :i and u.reference = :r")
                        .setParameter("i", r.institutionId()).setParameter("r", r.reference().trim()).getResultList().isEmpty();
                if (!seen) {
                    em.persist(new UsageEntity(r.institutionId(), r.minutes(), r.reference().trim(), at, day));
                    em.flush(); // a duplicate reported at the same moment fails here, not at commit (issue 13: JTA wraps commit failures)
                }
                return !seen;
            });
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                return false;
            }
            throw e;
        }
    }

    private boolean settled(long institutionId, LocalDate day) {
        return jpa.txExpr(TransactionType.Required, em -> !em.createQuery("select o.id from OrderEntity o where o.creationKey = :k")
                .setParameter("k", key(institutionId, day)).getResultList().isEmpty());
    }

    private static String key(long institutionId, LocalDate day) {
        return "IN-8:live:" + institutionId + ":" + day;
    }

    /** Settles every institution's unsettled usage of days before today (local); returns the orders made. */
    public List<OrderView> settleDue() {
        LocalDate today = time.today();
        Map<String, long[]> due = new TreeMap<>();
        jpa.txExpr(TransactionType.Required, em -> em.createQuery("select u.institutionId, u.day, sum(u.minutes) from UsageEntity u "
                + "where u.settledOrderId is null and u.day < :today group by u.institutionId, u.day", Object[].class)
                .setParameter("today", today).getResultList()).forEach(row -> due.put(row[0] + "/" + row[1],
                        new long[] {(Long) row[0], ((LocalDate) row[1]).toEpochDay(), ((Number) row[2]).longValue()}));
        List<OrderView> made = new ArrayList<>();
        for (long[] d : due.values()) {
            try {
                made.add(settleDay(d[0], LocalDate.ofEpochDay(d[1]), d[2]));
            } catch (PersistenceException e) {
                if (!UniqueViolation.in(e)) {
                    throw e;
                }
                // another run settled this day at the same moment: nothing to add
            }
        }
        return made;
    }

    /** One institution's day: the usage order (paid from prepaid minutes), the balance debited, the usage marked, in one transaction. */
    private OrderView settleDay(long institutionId, LocalDate day, long minutes) {
        String name = institutions.find(institutionId).map(i -> i.name()).orElse("institution " + institutionId);
        return Transactions.conflictsAs409(() -> jpa.txExpr(TransactionType.Required, em -> {
            OrderEntity existing = em.createQuery("select o from OrderEntity o where o.creationKey = :k", OrderEntity.class)
                    .setParameter("k", key(institutionId, day)).getResultStream().findFirst().orElse(null);
            if (existing != null) {
                return OrderBook.view(em, existing);
            }
            OrderDraft draft = new OrderDraft(null, new Party(PartyKind.INSTITUTION, institutionId, name), OrderPricing.PLATFORM,
                    List.of(new PricedLine(LineKinds.LIVE_MINUTES, "Live-stream minutes used on " + day + ", from prepaid minutes", null,
                            Balances.USAGE, (int) minutes, Money.ZERO)));
            OrderEntity order = OrderBook.store(em, draft, key(institutionId, day), Actors.NIGHTLY, time.now());
            Balances.add(em, institutionId, -minutes, time.now());
            em.createQuery("update UsageEntity u set u.settledOrderId = :o where u.institutionId = :i and u.day = :d "
                    + "and u.settledOrderId is null").setParameter("o", order.id()).setParameter("i", institutionId).setParameter("d", day)
                    .executeUpdate();
            Audit.record(em, order, "prepaid-debited", order.status(), Actors.NIGHTLY, minutes + " minutes of " + day, time.now());
            return OrderBook.view(em, order);
        }));
    }
}
