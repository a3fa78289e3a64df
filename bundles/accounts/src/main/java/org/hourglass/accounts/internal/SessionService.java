package org.hourglass.accounts.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.hourglass.api.platform.TimeSource;
import org.hourglass.api.problem.Problem;
import org.hourglass.api.security.Authenticator;
import org.hourglass.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Logins and sessions. One live session per account: a new login ends the others (C-4, BJ Q17, Q71).
 * Wrong principal and wrong password answer alike and take alike long.
 */
@Component(service = {SessionService.class, Authenticator.class}, configurationPid = AccountsConfig.PID)
@Designate(ocd = AccountsConfig.class)
public class SessionService implements Authenticator {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Verified against when the principal is unknown, so timing does not reveal which accounts exist. */
    private static final String DUMMY_HASH = PasswordHasher.hash("no-such-account".toCharArray());

    private final JpaTemplate jpa;
    private final TimeSource time;
    private final LoginThrottle throttle = new LoginThrottle();
    private volatile Duration ttl;

    @Activate
    public SessionService(@Reference(target = "(osgi.unit.name=hourglass-accounts)") JpaTemplate jpa,
            @Reference TimeSource time, AccountsConfig config) {
        this.jpa = jpa;
        this.time = time;
        modified(config);
    }

    @Modified
    void modified(AccountsConfig config) {
        this.ttl = Duration.parse(config.session_ttl());
    }

    /**
     * C-4: log in with a staff username, an ID number or a bound phone. A phone that is both an
     * organisation admin and a learner needs {@code role} (C-3, BJ Q34). The attempt is reserved with the
     * throttle before the slow hash (issue 14): per account and client address, see {@link LoginThrottle}.
     *
     * @param client the caller's address, as the HTTP connection gives it
     */
    public LoginResult login(String principal, char[] password, String role, String client) {
        Optional<AccountEntity> account = jpa.txExpr(TransactionType.Required,
                em -> AccountQueries.byPrincipal(em, principal, role));
        String throttleKey = account.map(a -> "account " + a.id())
                .orElseGet(() -> "unknown principal " + principal.toUpperCase().replaceAll("[\\p{Cntrl}\\p{Cf}]", "?"));
        LoginThrottle.Attempt attempt = throttle.begin(throttleKey, client, time.now());
        boolean matches = false;
        boolean checked = false;
        try {
            if (account.isPresent()) {
                matches = passwordMatches(account.get(), password);
            } else {
                PasswordHasher.verify(password, DUMMY_HASH); // the same hash work: timing does not tell which accounts exist
            }
            checked = true;
        } finally {
            if (!checked) {
                attempt.abandoned(); // e.g. 503 from a full hashing queue: no guess was made
            } else if (matches) {
                attempt.succeeded(time.now());
            } else {
                attempt.failed(time.now());
            }
        }
        if (!matches) {
            throw new Problem(401, "bad-credentials", "Not authenticated", "wrong principal or password", List.of());
        }
        AccountEntity a = account.get();
        String verified = a.passwordHash();
        // issue 14 item 6: a hash stored before Argon2id (or with older parameters) is replaced now that we hold the password
        String upgraded = InitialPassword.MARKER.equals(verified) || PasswordHasher.isCurrent(verified) ? null : PasswordHasher.hash(password);
        String token = newToken();
        Instant now = time.now();
        Instant expires = now.plus(ttl);
        jpa.tx(TransactionType.Required, em -> {
            if (upgraded != null) {
                AccountEntity stored = em.find(AccountEntity.class, a.id());
                if (verified.equals(stored.passwordHash())) { // unless it was changed meanwhile
                    stored.rehashPassword(upgraded);
                }
            }
            // C-4: a new login ends the account's other sessions
            AccountQueries.endSessions(em, a.id(), now, "superseded");
            em.persist(new SessionEntity(PasswordHasher.sha256Hex(token), a.id(), now, expires));
        });
        return new LoginResult(token, expires, new LoginResult.AccountView(a.id(), a.principal(), a.displayName(), a.roles(),
                a.mustChangePassword()));
    }

    private static boolean passwordMatches(AccountEntity a, char[] password) {
        if (InitialPassword.MARKER.equals(a.passwordHash())) {
            PasswordHasher.verify(password, DUMMY_HASH); // same cost as a real check
            return InitialPassword.matches(password, a.idNumber());
        }
        return PasswordHasher.verify(password, a.passwordHash());
    }

    /** Replaces the caller's password (C-2: the initial one must be changed before study). */
    public void changePassword(long accountId, char[] current, char[] replacement) {
        AccountEntity a = jpa.txExpr(TransactionType.Required, em -> em.find(AccountEntity.class, accountId));
        if (a == null || !passwordMatches(a, current)) {
            throw Problem.invalidField("currentPassword", "does not match");
        }
        if (java.util.Arrays.equals(current, replacement) || InitialPassword.matches(replacement, a.idNumber())) {
            throw Problem.invalidField("newPassword", "must differ from the current and the initial password");
        }
        List<org.hourglass.api.problem.FieldError> errors = new java.util.ArrayList<>();
        AccountFields.password(errors, "newPassword", new String(replacement), a.idNumber(), a.phone(), a.displayName(), a.principal());
        if (!errors.isEmpty()) {
            throw Problem.invalid("the new password is not allowed", errors);
        }
        String hash = PasswordHasher.hash(replacement);
        jpa.tx(TransactionType.Required, em -> {
            AccountEntity changed = em.find(AccountEntity.class, accountId);
            changed.changePasswordHash(hash);
            changed.noteActivation(time.now());
        });
    }

    public void logout(String token) {
        Instant now = time.now();
        jpa.tx(TransactionType.Required, em -> {
            SessionEntity s = em.find(SessionEntity.class, PasswordHasher.sha256Hex(token));
            if (s != null) {
                s.end(now, "logout");
            }
        });
    }

    /** EclipseLink's refresh hint: the account is read from the database and the shared cache is refreshed with it. */
    private static final java.util.Map<String, Object> FRESH = java.util.Map.of("eclipselink.refresh", "true");

    @Override
    public Optional<Caller> authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank() || bearerToken.length() > 200) {
            return Optional.empty();
        }
        Instant now = time.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity s = em.find(SessionEntity.class, PasswordHasher.sha256Hex(bearerToken));
            if (s == null || !s.liveAt(now)) {
                return Optional.<Caller>empty();
            }
            // issue 20: roles, organisation and a disabled account as the database has them, whichever node changed them
            AccountEntity a = em.find(AccountEntity.class, s.accountId(), FRESH);
            return Optional.ofNullable(a).map(AccountEntity::toCaller);
        });
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
