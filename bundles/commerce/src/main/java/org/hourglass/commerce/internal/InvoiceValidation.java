package org.hourglass.commerce.internal;

import java.util.ArrayList;
import java.util.List;
import org.hourglass.api.commerce.InvoiceDelivery;
import org.hourglass.api.commerce.InvoiceRequest;
import org.hourglass.api.commerce.InvoiceType;
import org.hourglass.api.identity.CreditCode;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.text.PlainText;

/**
 * Fields of an invoice request: a title; the taxpayer id (18-character unified social credit code with its
 * GB 32100 check character, or an older 15/20-character number) for special invoices and for organisation and
 * institution buyers; an e-mail address for e-mail delivery, a postal address for post (BJ Q48, JS-3).
 */
final class InvoiceValidation {
    private InvoiceValidation() {
    }

    static List<FieldError> errors(InvoiceRequest r, PartyKind buyer) {
        List<FieldError> errors = new ArrayList<>();
        if (r.orderId() == null || r.orderId() <= 0) {
            errors.add(new FieldError("orderId", "required, a positive id"));
        }
        if (r.title() == null || r.title().isBlank() || r.title().trim().length() > 100 || !PlainText.isPlain(r.title())) {
            // issue 14 item 10: CR/LF and a right-to-left override were accepted in an invoice title
            errors.add(new FieldError("title", "required, at most 100 characters, no control or format characters"));
        }
        if (r.type() == null) {
            errors.add(new FieldError("type", "NORMAL or SPECIAL"));
        } else if (r.type() == InvoiceType.SPECIAL && buyer == PartyKind.LEARNER) {
            errors.add(new FieldError("type", "special VAT invoices go to organisations and institutions"));
        }
        boolean needsTaxId = r.type() == InvoiceType.SPECIAL || buyer == PartyKind.ORGANIZATION || buyer == PartyKind.INSTITUTION;
        String taxId = r.taxpayerId() == null ? "" : r.taxpayerId().trim().toUpperCase();
        if (taxId.isEmpty()) {
            if (needsTaxId) {
                errors.add(new FieldError("taxpayerId", "required for special invoices and for organisations and institutions"));
            }
        } else if (taxId.length() == 18) {
            CreditCode.problem(taxId).ifPresent(p -> errors.add(new FieldError("taxpayerId", p)));
        } else if (!taxId.matches("[0-9A-Z]{15}|[0-9A-Z]{20}")) {
            errors.add(new FieldError("taxpayerId", "an 18-character credit code or a 15/20-character taxpayer number"));
        }
        if (r.delivery() == null) {
            errors.add(new FieldError("delivery", "EMAIL or POST"));
        } else if (r.delivery() == InvoiceDelivery.EMAIL && (r.email() == null
                || !r.email().trim().matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}"))) {
            errors.add(new FieldError("email", "an e-mail address for e-mail delivery"));
        } else if (r.delivery() == InvoiceDelivery.POST && (r.address() == null || r.address().isBlank() || r.address().length() > 300)) {
            errors.add(new FieldError("address", "a postal address of at most 300 characters for delivery by post"));
        }
        return errors;
    }
}
