package org.hourglass.policy.institution.internal;

import java.util.List;
import java.util.Optional;
import org.hourglass.api.accounts.InstitutionDirectory;
import org.hourglass.api.commerce.OrderView;
import org.hourglass.api.commerce.Orders;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.policy.Settlement;
import org.hourglass.api.policy.SettlementLine;
import org.hourglass.api.records.Settlements;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * IN-8: a closed class's bill becomes an order of the institution to the platform, created by commerce's generic path in
 * the closing's own transaction (one per class: the key makes it idempotent). A class that bills nothing (no heads, or its fee exempted) gets no order.
 */
@Component(service = ClosingOrders.class)
public class ClosingOrders {
    private final Settlements settlements;
    private final Orders orders;
    private final InstitutionDirectory institutions;

    @Activate
    public ClosingOrders(@Reference Settlements settlements, @Reference Orders orders, @Reference InstitutionDirectory institutions) {
        this.settlements = settlements;
        this.orders = orders;
        this.institutions = institutions;
    }

    static String key(long classId) {
        return "IN-6:class:" + classId;
    }

    Optional<OrderView> create(Caller caller, ClassContext cls) {
        Settlement bill = settlements.settle(cls.classId());
        SettlementLine heads = bill.lines().get(0);
        int billed = heads.quantity().intValueExact();
        if (billed == 0 || heads.amount().isZero()) { // nobody billed, or the fee exempted (IN-5)
            return Optional.empty();
        }
        // the order carries the institution's registered name (the bill's parties are ids: a settlement names no one)
        Party buyer = new Party(PartyKind.INSTITUTION, bill.payer().id(), institutions.find(bill.payer().id())
                .map(i -> i.name()).orElse("institution " + bill.payer().id()));
        return Optional.of(orders.create(InstitutionPolicy.CODE, buyer, bill.payee(), List.of(new Orders.Item(
                ClassClosingCharge.KIND, "Closing of class " + cls.classId() + " \u201c" + cls.name() + "\u201d: " + heads.description(),
                cls.classId(), billed, heads.unitPrice())), key(cls.classId()), caller.principal()));
    }
}
