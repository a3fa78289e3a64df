package org.hourglass.commerce.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.hourglass.api.commerce.LineKinds;
import org.hourglass.api.commerce.OrderStatus;
import org.hourglass.api.commerce.ServiceTermView;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.policy.PartyKind;

/**
 * IN-8: the terms of an institution's annual services, from its paid orders: a purchase starts on its paid day, or on the
 * end of the running term when bought before it ends (a renewal extends, never overlaps). Refunded orders give no term.
 */
final class AnnualServices {
    private AnnualServices() {
    }

    static List<ServiceTermView> terms(EntityManager em, long institutionId, LocalDate today) {
        List<Object[]> bought = em.createQuery("select o.paidAt, l.service, l.quantity from OrderEntity o, OrderLineEntity l "
                + "where l.orderId = o.id and o.buyerKind = :k and o.buyerId = :i and l.kind = :kind and o.status = :paid "
                + "and o.paidAt is not null order by o.paidAt, o.id", Object[].class).setParameter("k", PartyKind.INSTITUTION)
                .setParameter("i", institutionId).setParameter("kind", LineKinds.ANNUAL_SERVICE).setParameter("paid", OrderStatus.PAID)
                .getResultList();
        Map<String, LocalDate[]> terms = new LinkedHashMap<>();
        for (Object[] row : bought) {
            LocalDate paid = ((Instant) row[0]).atZone(TimeSource.DEFAULT_ZONE).toLocalDate();
            int years = ((Number) row[2]).intValue();
            LocalDate[] term = terms.get((String) row[1]);
            if (term == null || term[1].isBefore(paid)) {
                terms.put((String) row[1], new LocalDate[] {paid, paid.plusYears(years)});
            } else {
                term[1] = term[1].plusYears(years);
            }
        }
        List<ServiceTermView> out = new ArrayList<>();
        terms.forEach((service, t) -> out.add(new ServiceTermView(service, t[0], t[1], !today.isBefore(t[0]) && today.isBefore(t[1]))));
        return out;
    }
}
