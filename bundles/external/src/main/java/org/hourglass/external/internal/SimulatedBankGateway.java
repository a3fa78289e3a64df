package org.hourglass.external.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hourglass.api.payment.BankGateway;
import org.hourglass.api.payment.ChargeResult;
import org.hourglass.api.payment.ChargeStatus;
import org.hourglass.api.payment.GatewayNotification;
import org.hourglass.external.simulation.SimulatedBank;
import org.hourglass.api.quantity.Money;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's bank: charges each payment reference at most once, however often it is asked; answers charges
 * as told (succeed, decline, or pending until {@link #settle}); signs its notifications with HMAC-SHA256 under
 * a key made at start. Its ledger lives in memory: a restart of the platform is a new bank.
 */
@Component(service = {BankGateway.class, SimulatedBank.class})
public class SimulatedBankGateway implements BankGateway, SimulatedBank {
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedBankGateway.class);

    private record Charge(String gatewayRef, ChargeStatus status, Money amount) {
    }

    private final Map<String, Charge> charges = new ConcurrentHashMap<>();
    private final Map<String, ChargeResult> refunds = new ConcurrentHashMap<>();
    private final Map<String, Money> refunded = new ConcurrentHashMap<>();
    private final AtomicReference<ChargeStatus> answer = new AtomicReference<>(ChargeStatus.SUCCEEDED);
    private final AtomicLong sequence = new AtomicLong();
    private final byte[] key = new byte[32];

    public SimulatedBankGateway() {
        new SecureRandom().nextBytes(key);
    }

    @Override
    public ChargeResult charge(String paymentRef, Money amount, String description) {
        Charge c = charges.computeIfAbsent(paymentRef, ref -> {
            ChargeStatus s = answer.get();
            if (s == ChargeStatus.SUCCEEDED) {
                LOG.info("SIMULATED BANK charged {} yuan for {} ({})", amount, ref, description);
            }
            return new Charge("SIMBANK-" + sequence.incrementAndGet(), s, amount);
        });
        return result(c);
    }

    private static ChargeResult result(Charge c) {
        return new ChargeResult(c.gatewayRef(), c.status(), c.status() == ChargeStatus.FAILED ? "insufficient funds (simulated)" : null);
    }

    @Override
    public ChargeResult status(String paymentRef) {
        Charge c = charges.get(paymentRef);
        return c == null ? new ChargeResult(null, ChargeStatus.FAILED, "unknown payment " + paymentRef) : result(c);
    }

    @Override
    public ChargeResult refund(String paymentRef, String refundRef, Money amount) {
        return refunds.computeIfAbsent(refundRef, r -> {
            Charge c = charges.get(paymentRef);
            Money already = refunded.getOrDefault(paymentRef, Money.ZERO);
            if (c == null || c.status() != ChargeStatus.SUCCEEDED || already.plus(amount).compareTo(c.amount()) > 0) {
                return new ChargeResult(null, ChargeStatus.FAILED, "nothing to refund on " + paymentRef);
            }
            refunded.merge(paymentRef, amount, Money::plus);
            LOG.info("SIMULATED BANK refunded {} yuan of {} ({})", amount, paymentRef, refundRef);
            return new ChargeResult("SIMBANK-R" + sequence.incrementAndGet(), ChargeStatus.SUCCEEDED, null);
        });
    }

    @Override
    public boolean verify(GatewayNotification n) {
        return n.signature() != null && MessageDigest.isEqual(sign(n.gatewayRef(), n.paymentRef(), n.status(), n.amount())
                .getBytes(StandardCharsets.US_ASCII), n.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String gatewayRef, String paymentRef, ChargeStatus status, String amount) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal((gatewayRef + "|" + paymentRef + "|" + status + "|" + amount).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JRE has HmacSHA256", e);
        }
    }

    @Override
    public void answerCharges(ChargeStatus status) {
        answer.set(status);
    }

    @Override
    public int timesCharged(String paymentRef) {
        Charge c = charges.get(paymentRef);
        return c != null && c.status() == ChargeStatus.SUCCEEDED ? 1 : 0;
    }

    @Override
    public String refunded(String paymentRef) {
        return refunded.getOrDefault(paymentRef, Money.ZERO).toString();
    }

    @Override
    public GatewayNotification settle(String paymentRef, boolean success) {
        Charge c = charges.computeIfPresent(paymentRef, (ref, old) -> old.status() == ChargeStatus.PENDING
                ? new Charge(old.gatewayRef(), success ? ChargeStatus.SUCCEEDED : ChargeStatus.FAILED, old.amount()) : old);
        if (c == null) {
            throw new IllegalArgumentException("no charge " + paymentRef);
        }
        return new GatewayNotification(c.gatewayRef(), paymentRef, c.status(), c.amount().toString(),
                sign(c.gatewayRef(), paymentRef, c.status(), c.amount().toString()));
    }
}
