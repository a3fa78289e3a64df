package org.hourglass.classes.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.Table;
import javax.persistence.Version;
import org.hourglass.api.classes.ClassEdit;
import org.hourglass.api.classes.ClassType;
import org.hourglass.api.classes.ClassView;
import org.hourglass.api.policy.ClassContext;
import org.hourglass.api.policy.Party;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.persistence.UtcInstant;

/** A class (班级, C-20): one cohort under exactly one policy, which owns its lifecycle. */
@Entity
@Table(name = "CLS_CLASS")
public class ClassEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Column(name = "POLICY_CODE", nullable = false, length = 40)
    private String policyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "OWNER_KIND", nullable = false, length = 20)
    private PartyKind ownerKind;

    @Column(name = "OWNER_ID", nullable = false)
    private long ownerId;

    @Column(name = "START_DATE", nullable = false)
    private LocalDate startDate;

    @Column(name = "END_DATE")
    private LocalDate endDate;

    @Column(name = "STATUS", nullable = false, length = 40)
    private String status;

    @Column(name = "CAPACITY", nullable = false)
    private int capacity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CLS_CLASS_SETTING", joinColumns = @JoinColumn(name = "CLASS_ID"))
    @MapKeyColumn(name = "NAME", length = 60)
    @Column(name = "SETTING_VALUE", length = 500)
    private Map<String, String> settings = new HashMap<>();

    /** C-12: the package version the class selected; kept until the class re-selects the package. */
    @Column(name = "PACKAGE_ID")
    private Long packageId;

    @Column(name = "PACKAGE_VERSION")
    private Integer packageVersion;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    /** C-28: seed 003's class type; null in rows stored before it = the seeds' default, vocational skills. */
    @Enumerated(EnumType.STRING)
    @Column(name = "CLASS_TYPE", length = 30)
    private ClassType classType;

    @Column(name = "HEAD_TEACHER", length = 50)
    private String headTeacher;

    @Column(name = "NOTICE", length = 140)
    private String notice;

    /** The six digits learners join with where the policy asks for it (seed 003 "班级密码"); drawn at creation. */
    @Column(name = "CLASS_PASSWORD", length = 6)
    private String classPassword;

    /** The roster's size, kept by {@link RosterCount} under the class's lock; null on a class written before issue 19. */
    @Column(name = "ROSTER_COUNT")
    private Integer rosterCount;

    @Version
    private long version;

    protected ClassEntity() {
    }

    ClassEntity(String name, String policyCode, PartyKind ownerKind, long ownerId, LocalDate startDate, LocalDate endDate,
            String status, int capacity, Map<String, String> settings, Instant createdAt, ClassType classType, String headTeacher,
            String notice) {
        this.name = name;
        this.policyCode = policyCode;
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.startDate = startDate;
        this.endDate = endDate;
        this.status = status;
        this.capacity = capacity;
        this.settings = new HashMap<>(settings);
        this.createdAt = createdAt;
        this.classType = classType;
        this.headTeacher = headTeacher;
        this.notice = notice;
        this.classPassword = newPassword();
        this.rosterCount = 0;
    }

    Integer rosterCount() {
        return rosterCount;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static String newPassword() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** The class password; a class stored before passwords existed draws one now. */
    String classPassword() {
        if (classPassword == null) {
            classPassword = newPassword();
        }
        return classPassword;
    }

    /** C-28: applies an edit; which fields may change in which state was decided by the caller. */
    void edit(ClassEdit e) {
        if (e.name() != null) {
            name = e.name().trim();
        }
        if (e.classType() != null) {
            classType = e.classType();
        }
        if (e.headTeacher() != null) {
            headTeacher = e.headTeacher().isBlank() ? null : e.headTeacher().trim();
        }
        if (e.notice() != null) {
            notice = e.notice().isBlank() ? null : e.notice().strip();
        }
        if (e.startDate() != null) {
            startDate = e.startDate();
        }
        if (e.endDate() != null) {
            endDate = e.endDate();
        }
        if (e.capacity() != null) {
            capacity = e.capacity();
        }
    }

    LocalDate endDate() {
        return endDate;
    }

    int capacity() {
        return capacity;
    }

    long id() {
        return id;
    }

    String policyCode() {
        return policyCode;
    }

    LocalDate startDate() {
        return startDate;
    }

    String status() {
        return status;
    }

    PartyKind ownerKind() {
        return ownerKind;
    }

    long ownerId() {
        return ownerId;
    }

    void moveTo(String newStatus, LocalDate newEndDate) {
        this.status = newStatus;
        if (newEndDate != null) {
            this.endDate = newEndDate;
        }
    }

    void selectPackage(long packageId, int version) {
        this.packageId = packageId;
        this.packageVersion = version;
    }

    /** The class as its staff see it, with its password. */
    ClassView toView() {
        return toView(true);
    }

    /** {@code withPassword}: false for learners (C-26), who join with the password and need not see it again. */
    ClassView toView(boolean withPassword) {
        return new ClassView(id, name, policyCode, ownerKind, ownerId, startDate, endDate, status, capacity,
                Map.copyOf(settings), packageId, packageVersion, createdAt,
                classType == null ? ClassType.VOCATIONAL_SKILLS : classType, headTeacher, notice, withPassword ? classPassword : null);
    }

    ClassContext toContext(int rosterSize) {
        return new ClassContext(id == null ? ClassContext.DRAFT_ID : id, policyCode, name, new Party(ownerKind, ownerId, null), startDate, endDate, status,
                rosterSize, capacity, settings, (classType == null ? ClassType.VOCATIONAL_SKILLS : classType).name());
    }
}
