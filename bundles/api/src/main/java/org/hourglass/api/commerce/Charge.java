package org.hourglass.api.commerce;

import java.util.List;
import org.hourglass.api.policy.Party;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.quantity.Money;

/**
 * A {@link ChargeKind}'s price for one line: who sells, what, how many at what unit price (the amount is
 * quantity × unit price, exactly), or why the line is refused ({@code errors} name fields of the line:
 * {@code refId}, {@code quantity}, {@code service}, {@code kind}).
 */
public record Charge(Party seller, String description, Long refId, int quantity, Money unitPrice, List<FieldError> errors) {
    public Charge {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Charge of(Party seller, String description, Long refId, int quantity, Money unitPrice) {
        return new Charge(seller, description, refId, quantity, unitPrice, List.of());
    }

    public static Charge refused(String field, String message) {
        return new Charge(null, null, null, 0, null, List.of(new FieldError(field, message)));
    }

    public boolean refused() {
        return !errors.isEmpty();
    }
}
