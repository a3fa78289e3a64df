package org.hourglass.accounts.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import org.hourglass.api.accounts.Gender;
import org.hourglass.api.accounts.LearnerView;
import org.hourglass.api.identity.IdType;
import org.hourglass.api.identity.ResidentIdNumber;
import org.hourglass.api.security.Caller;
import org.hourglass.persistence.UtcInstant;

/**
 * An account that can log in: platform admin, institution staff, organisation admin or learner. The
 * database enforces a phone once per kind of account (C-3) and an ID number once (C-1).
 */
@Entity
@Table(name = "ACC_ACCOUNT", uniqueConstraints = {
        @UniqueConstraint(name = "ACC_ACCOUNT_KIND_PHONE", columnNames = {"KIND", "PHONE"}),
        @UniqueConstraint(name = "ACC_ACCOUNT_ID_NUMBER", columnNames = {"ID_NUMBER"})})
public class AccountEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private AccountKind kind;

    @Column(name = "PRINCIPAL", nullable = false, unique = true, length = 64)
    private String principal;

    @Column(name = "DISPLAY_NAME", length = 100)
    private String displayName;

    @Column(name = "PASSWORD_HASH", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "ROLES", nullable = false, length = 200)
    private String roles;

    @Column(name = "ORGANIZATION_ID")
    private Long organizationId;

    @Column(name = "INSTITUTION_ID")
    private Long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ID_TYPE", length = 20)
    private IdType idType;

    @Column(name = "ID_NUMBER", length = 40)
    private String idNumber;

    @Column(name = "PHONE", length = 20)
    private String phone;

    /** C-2/C-3: the phone was confirmed by a code (null on rows from before the column existed). */
    @Column(name = "PHONE_BOUND")
    private Boolean phoneBound;

    @Enumerated(EnumType.STRING)
    @Column(name = "GENDER", length = 10)
    private Gender gender;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    /**
     * C-2, C-27: when the learner first became ready to study — initial password changed and a phone bound by a code. The
     * seed's "加入" (joined, with the bound phone as the "加入账号"); null until then, and for accounts ready before it was kept.
     */
    @Column(name = "ACTIVATED_AT")
    @Convert(converter = UtcInstant.class)
    private Instant activatedAt;

    @Version
    private long version;

    protected AccountEntity() {
    }

    AccountEntity(AccountKind kind, String principal, String displayName, String passwordHash, Set<String> roles, Instant createdAt) {
        this.kind = kind;
        this.principal = principal;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = String.join(",", new TreeSet<>(roles));
        this.createdAt = createdAt;
    }

    /** C-2: an imported learner, principal = ID number, must change the initial password before study. */
    static AccountEntity learner(String name, IdType idType, String idNumber, String phone, Gender gender,
            Long organizationId, Long institutionId, String initialPasswordHash, Instant now) {
        AccountEntity a = new AccountEntity(AccountKind.LEARNER, idNumber, name, initialPasswordHash,
                Set.of(org.hourglass.api.rest.Roles.LEARNER), now);
        a.idType = idType;
        a.idNumber = idNumber;
        a.phone = phone;
        a.gender = gender;
        a.organizationId = organizationId;
        a.institutionId = institutionId;
        a.mustChangePassword = true;
        return a;
    }

    /** The admin account of a new organisation; logs in by phone (C-3, C-4). */
    static AccountEntity orgAdmin(String name, String phone, String passwordHash, long organizationId, Instant now) {
        AccountEntity a = new AccountEntity(AccountKind.ORG_ADMIN, phone, name, passwordHash,
                Set.of(org.hourglass.api.rest.Roles.ORG_ADMIN), now);
        a.phone = phone;
        a.organizationId = organizationId;
        return a;
    }

    /** C-6: institution staff (or a reviewer, institution null) logging in by username. */
    static AccountEntity staff(String username, String name, String passwordHash, Set<String> roles, Long institutionId, Instant now) {
        AccountEntity a = new AccountEntity(AccountKind.STAFF, username, name, passwordHash, roles, now);
        a.institutionId = institutionId;
        return a;
    }

    Long id() {
        return id;
    }

    AccountKind kind() {
        return kind;
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

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    String idNumber() {
        return idNumber;
    }

    Long organizationId() {
        return organizationId;
    }

    /** The same password, hashed as new ones are (issue 14 item 6): nothing else about the account changes. */
    void rehashPassword(String hash) {
        this.passwordHash = hash;
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    /** Records the moment the account became ready to study (C-2), once; call after a password or phone change. */
    void noteActivation(Instant now) {
        if (activatedAt == null && !mustChangePassword && phoneBound()) {
            activatedAt = now;
        }
    }

    /** C-24: the learner left the organisation; another may import them now. */
    IdType idType() {
        return idType;
    }

    Gender gender() {
        return gender;
    }

    /**
     * JS-1: the learner's personal data as the office corrected it; a learner logs in by his ID number, so a corrected number
     * is his principal too.
     */
    void correct(String name, String newIdNumber, Gender newGender) {
        this.displayName = name;
        if (!newIdNumber.equals(this.idNumber) && this.principal.equals(this.idNumber)) {
            this.principal = newIdNumber;
        }
        this.idNumber = newIdNumber;
        this.gender = newGender;
    }

    void leaveOrganization() {
        this.organizationId = null;
    }

    void joinOrganization(long organizationId) {
        this.organizationId = organizationId;
    }

    boolean phoneBound() {
        return Boolean.TRUE.equals(phoneBound);
    }

    String phone() {
        return phone;
    }

    /** C-3: a phone confirmed by a code (binding, registration); the account may now log in with it. */
    void bindPhone(String verifiedPhone) {
        this.phone = verifiedPhone;
        this.phoneBound = true;
    }

    /** C-8, seed 000 Q16: an organisation admin's login phone moves to a new phone proved by a code. */
    void rebindAdminPhone(String verifiedPhone) {
        this.principal = verifiedPhone;
        this.phone = verifiedPhone;
    }

    /** C-7: a password set through a verified channel; the initial password is gone with it. */
    void resetPasswordHash(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    /** JS-1: a learner registering themselves chooses their password and binds their phone at once. */
    static AccountEntity selfRegistered(String name, IdType idType, String idNumber, String phone, Gender gender,
            String passwordHash, Instant now) {
        AccountEntity a = learner(name, idType, idNumber, phone, gender, null, null, passwordHash, now);
        a.mustChangePassword = false;
        a.phoneBound = true;
        a.activatedAt = now;
        return a;
    }

    /** JS-1: a pre-created learner activates their account with name, ID and a phone code. */
    void activate(String verifiedPhone, String hash) {
        bindPhone(verifiedPhone);
        resetPasswordHash(hash);
    }

    Set<String> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(roles.split(",")));
    }

    Caller toCaller() {
        return new Caller(id, principal, roles(), organizationId, institutionId);
    }

    org.hourglass.api.accounts.StaffView toStaffView() {
        return new org.hourglass.api.accounts.StaffView(id, principal, displayName, roles(), institutionId, createdAt);
    }

    LearnerView toLearnerView(boolean fullIdNumber) {
        return new LearnerView(id, displayName, idType, fullIdNumber ? idNumber : ResidentIdNumber.mask(idNumber), phone,
                phoneBound(),
                gender, organizationId, institutionId, mustChangePassword, createdAt, activatedAt);
    }
}
