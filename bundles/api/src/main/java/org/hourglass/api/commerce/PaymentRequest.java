package org.hourglass.api.commerce;

/**
 * Body of {@code POST /api/v1/orders/{id}/payments}; send an {@code Idempotency-Key} so a retry charges once. A bank
 * transfer names the account it is paid from (IN-8, seed 003 "付款户名 / 付款账号 / 开户银行"): the account's name must be the
 * buyer's registered name ("使用与培训帐户户名相同的单位对公银行账户").
 */
public record PaymentRequest(PaymentMethod method, String payerName, String payerAccount, String payerBank) {
    /** A payment that names no paying account (online payments). */
    public PaymentRequest(PaymentMethod method) {
        this(method, null, null, null);
    }
}
