package org.hourglass.accounts.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;
import org.hourglass.api.security.Caller;

/** An account that can log in: staff user, org admin or learner. Roles are stored as a sorted comma list. */
@Entity
@Table(name = "ACC_ACCOUNT")
public class AccountEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PRINCIPAL", nullable = false, unique = true, length = 64)
    private String principal;

    @Column(name = "DISPLAY_NAME", length = 100)
    private String displayName;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "ROLES", nullable = false, length = 200)
    private String roles;

    @Column(name = "ORGANIZATION_ID")
    private Long organizationId;

    @Column(name = "INSTITUTION_ID")
    private Long institutionId;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AccountEntity() {
    }

    AccountEntity(String principal, String displayName, String passwordHash, Set<String> roles, Instant createdAt) {
        this.principal = principal;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = String.join(",", new TreeSet<>(roles));
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String principal() {
        return principal;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    Set<String> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(roles.split(",")));
    }

    Caller toCaller() {
        return new Caller(id, principal, roles(), organizationId, institutionId);
    }
}
