package org.hourglass.commerce.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hourglass.api.commerce.InvoiceDelivery;
import org.hourglass.api.commerce.InvoiceRequest;
import org.hourglass.api.commerce.InvoiceType;
import org.hourglass.api.identity.CreditCode;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.text.PlainText;

/**
 * Fields of an invoice request (BJ Q48, JS-3). Issue 14 item 10: a SPECIAL invoice was issued under another
 * organisation's credit code. An organisation or institution buyer's invoice is made out to its registered name and
 * credit code — they are the defaults and nothing else is accepted (seed 000 Q48: the buying unit chooses the type and
 * the content, not whom the invoice names). A learner buying for himself (JS-3, seed 002 "确认…发票抬头") chooses the
 * title — his name by default, or his employer's — and a taxpayer id is checked when given (GB 32100 check character
 * for 18 characters, an older 15/20-character number otherwise). An e-mail address for e-mail delivery, a postal
 * address for post.
 */
final class InvoiceValidation {
    private InvoiceValidation() {
    }

    /**
     * The request with the title and taxpayer id the invoice will carry: the registered ones for a buyer that has them
     * ({@code registered} present), the learner's name as the default title otherwise.
     */
    static InvoiceRequest resolved(InvoiceRequest r, String buyerName, Optional<Registered> registered) {
        String title = registered.map(Registered::name).orElse(blank(r.title()) ? buyerName : r.title().trim());
        String taxpayerId = registered.map(Registered::creditCode).orElse(blank(r.taxpayerId()) ? null : r.taxpayerId().trim().toUpperCase());
        return new InvoiceRequest(r.orderId(), title, taxpayerId, r.type(), r.delivery(), r.email(), r.address());
    }

    /** JS-3: the title and delivery the buyer gave with the order stand where the request leaves them out. */
    static InvoiceRequest withIntent(InvoiceRequest r, org.hourglass.api.commerce.InvoiceIntent intent) {
        if (intent == null) {
            return r;
        }
        return new InvoiceRequest(r.orderId(), blank(r.title()) ? intent.title() : r.title(), r.taxpayerId(), r.type(),
                r.delivery() == null ? intent.delivery() : r.delivery(), r.email(), r.address());
    }

    /** What a buyer that is an organisation or an institution is registered as (C-5, C-6). */
    record Registered(String name, String creditCode) {
    }

    static List<FieldError> errors(InvoiceRequest asked, InvoiceRequest r, PartyKind buyer, Optional<Registered> registered) {
        List<FieldError> errors = new ArrayList<>();
        if (r.orderId() == null || r.orderId() <= 0) {
            errors.add(new FieldError("orderId", "required, a positive id"));
        }
        if (registered.isPresent()) {
            Registered reg = registered.get();
            if (!blank(asked.title()) && !asked.title().trim().equals(reg.name())) {
                errors.add(new FieldError("title", "the invoice is made out to the buyer's registered name '" + reg.name()
                        + "' (leave it out)"));
            }
            if (!blank(asked.taxpayerId()) && !asked.taxpayerId().trim().equalsIgnoreCase(reg.creditCode())) {
                errors.add(new FieldError("taxpayerId", "the invoice carries the buyer's registered credit code " + reg.creditCode()
                        + " (leave it out)"));
            }
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
