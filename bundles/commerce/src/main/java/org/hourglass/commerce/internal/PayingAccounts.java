package org.hourglass.commerce.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.hourglass.api.commerce.PayingAccount;
import org.hourglass.api.commerce.PaymentRequest;
import org.hourglass.api.problem.FieldError;
import org.hourglass.api.problem.Problem;

/**
 * IN-8 (seed 003 "使用与培训帐户户名相同的单位对公银行账户"): a bank transfer names the account it comes from — name, number,
 * bank — and the name is the buyer's registered name. Names compare after NFKC folding without spaces, so "（有限公司）"
 * typed with half-width brackets or a stray space is the same name; anything else is another payer.
 */
final class PayingAccounts {
    private PayingAccounts() {
    }

    /** The transfer's paying account, every field checked; a 400 naming each bad field otherwise. */
    static PayingAccount of(PaymentRequest body) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "payerName", body.payerName(), 100);
        text(errors, "payerBank", body.payerBank(), 100);
        if (body.payerAccount() == null || !body.payerAccount().trim().matches("[0-9][0-9 -]{5,38}[0-9]")) {
            errors.add(new FieldError("payerAccount", "IN-8: required for a bank transfer, the paying account's number (8 to 40 digits,"
                    + " spaces or dashes)"));
        }
        if (!errors.isEmpty()) {
            throw Problem.invalid("a bank transfer names the account it is paid from", errors);
        }
        return new PayingAccount(body.payerName().trim(), body.payerAccount().trim(), body.payerBank().trim());
    }

    /** 400 unless the paying account carries the buyer's name. */
    static void requireBuyersName(PayingAccount account, String buyerName) {
        if (buyerName == null || !folded(account.name()).equals(folded(buyerName))) {
            throw Problem.invalidField("payerName", "IN-8: the transfer comes from an account in the buyer's own name (\"" + buyerName
                    + "\"), seed 003 \"使用与培训帐户户名相同的单位对公银行账户\"");
        }
    }

    private static String folded(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError(field, "IN-8: required for a bank transfer, 1 to " + max + " characters without control characters"));
        }
    }
}
