package org.hourglass.accounts.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.messaging.CodePurpose;
import org.hourglass.api.messaging.CodeSender;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.Problem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Issues and redeems six-digit phone codes (C-7, C-2, JS-1) through the pluggable {@link CodeSender}.
 * A phone gets a new code at most once a minute and ten times a day; a code lives five minutes and
 * survives five wrong guesses. The code is delivered inside the issuing transaction: a channel that
 * fails leaves no code behind.
 */
@Component(service = VerificationCodes.class)
public class VerificationCodes {
    static final Duration VALIDITY = Duration.ofMinutes(5);
    static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    static final int DAILY_MAX = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JpaTemplate jpa;
    private final TimeSource time;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CodeSender sender;

    @Activate
    public VerificationCodes(@Reference(target = "(osgi.unit.name=hourglass-accounts)") JpaTemplate jpa,
            @Reference TimeSource time) {
        this.jpa = jpa;
        this.time = time;
    }

    public record Issued(Instant expiresAt, Instant resendAfter) {
    }

    /** Sends a fresh code to {@code phone}; 429 when asked too often, 503 when no channel can deliver. */
    Issued issue(String phone, CodePurpose purpose, Long accountId) {
        CodeSender channel = sender;
        if (channel == null) {
            throw new Problem(503, "channel-unavailable", "Code channel unavailable",
                    "no verification-code channel is deployed (C-7); nothing was sent", List.of());
        }
        Instant now = time.now();
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Instant> today = em.createQuery("select v.issuedAt from VerificationCodeEntity v where v.phone = :p "
                    + "and v.issuedAt > :since order by v.issuedAt desc", Instant.class)
                    .setParameter("p", phone).setParameter("since", now.minus(Duration.ofDays(1))).getResultList();
            if (!today.isEmpty() && now.isBefore(today.get(0).plus(RESEND_AFTER))) {
                throw tooMany("a code was sent to this phone less than a minute ago; retry after "
                        + today.get(0).plus(RESEND_AFTER));
            }
            if (today.size() >= DAILY_MAX) {
                throw tooMany("this phone has received " + DAILY_MAX + " codes in 24 hours; retry tomorrow");
            }
            Instant expires = now.plus(VALIDITY);
            em.persist(new VerificationCodeEntity(phone, purpose, accountId, HexFormat.of().formatHex(salt), code, now, expires));
            em.flush();
            try {
                channel.send(phone, purpose, code, expires);
            } catch (RuntimeException e) {
                throw new Problem(503, "channel-unavailable", "Code channel unavailable",
                        "the verification-code channel could not deliver: " + e.getMessage(), List.of());
            }
            return new Issued(expires, now.plus(RESEND_AFTER));
        });
    }

    /**
     * Redeems the newest code sent to {@code phone} for {@code purpose} (and {@code accountId} when the
     * code was bound to an account), inside the caller's transaction. A wrong guess is counted: the
     * caller commits and then answers {@link #wrongCode()}.
     */
    boolean redeem(EntityManager em, String phone, CodePurpose purpose, Long accountId, String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return false;
        }
        Instant now = time.now();
        List<VerificationCodeEntity> newest = em.createQuery("select v from VerificationCodeEntity v where v.phone = :p "
                + "and v.purpose = :u order by v.issuedAt desc, v.id desc", VerificationCodeEntity.class)
                .setParameter("p", phone).setParameter("u", purpose).setMaxResults(1).getResultList();
        if (newest.isEmpty() || !newest.get(0).usable(now)) {
            return false;
        }
        VerificationCodeEntity v = newest.get(0);
        if (v.accountId() != null && !v.accountId().equals(accountId)) {
            return false;
        }
        return v.tryCode(code, now);
    }

    /** Whether a usable code for {@code phone} and {@code purpose} is out at all: lets an anonymous request fail fast. */
    boolean outstanding(String phone, CodePurpose purpose) {
        Instant now = time.now();
        return jpa.txExpr(TransactionType.Required, em -> em.createQuery("select v from VerificationCodeEntity v where v.phone = :p "
                + "and v.purpose = :u order by v.issuedAt desc, v.id desc", VerificationCodeEntity.class)
                .setParameter("p", phone).setParameter("u", purpose).setMaxResults(1).getResultStream().anyMatch(v -> v.usable(now)));
    }

    static Problem wrongCode() {
        return Problem.invalidField("code", "wrong, used or expired verification code (five wrong tries end a code; "
                + "request a new one)");
    }

    private static Problem tooMany(String detail) {
        return new Problem(429, "too-many-attempts", "Too many attempts", detail, List.of());
    }
}
