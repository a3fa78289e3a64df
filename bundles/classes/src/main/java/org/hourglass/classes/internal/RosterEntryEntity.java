package org.hourglass.classes.internal;

import java.time.Instant;
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
import org.hourglass.api.classes.RosterEntryView;
import org.hourglass.api.policy.EnrolmentChannel;
import org.hourglass.api.policy.PartyKind;
import org.hourglass.api.policy.RosterMember;
import org.hourglass.persistence.UtcInstant;

/**
 * A learner on a class roster. Carries the class's owner so C-24 ("one class per organisation") is a
 * single indexed query; the learner row itself belongs to the accounts bundle (referenced by id only).
 */
@Entity
@Table(name = "CLS_ROSTER", uniqueConstraints = @UniqueConstraint(name = "CLS_ROSTER_UQ", columnNames = {"CLASS_ID", "LEARNER_ID"}))
public class RosterEntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "ORGANIZATION_ID")
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "OWNER_KIND", nullable = false, length = 20)
    private PartyKind ownerKind;

    @Column(name = "OWNER_ID", nullable = false)
    private long ownerId;

    @Column(name = "GROUP_ID")
    private Long groupId;

    @Column(name = "JOINED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant joinedAt;

    /** How the learner came in; null on rows written before it was kept (all of them imports). */
    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 20)
    private EnrolmentChannel channel;

    /** C-24, BJ-1: when the learner left the organisation that runs the class; his study here ended, his facts stay. */
    @Column(name = "LEFT_AT")
    @Convert(converter = UtcInstant.class)
    private Instant leftAt;

    /** C-21: the roster file's contact column as typed (phone, address or e-mail), not checked (seed 003). */
    @Column(name = "CONTACT", length = 100)
    private String contact;

    /** When the learner joined the class himself with its password (IN-4 shape); null before, or where there is no such step. */
    @Column(name = "ENTERED_AT")
    @Convert(converter = UtcInstant.class)
    private Instant enteredAt;

    protected RosterEntryEntity() {
    }

    RosterEntryEntity(long classId, long learnerId, Long organizationId, PartyKind ownerKind, long ownerId, EnrolmentChannel channel,
            Instant joinedAt) {
        this(classId, learnerId, organizationId, ownerKind, ownerId, channel, joinedAt, null);
    }

    RosterEntryEntity(long classId, long learnerId, Long organizationId, PartyKind ownerKind, long ownerId, EnrolmentChannel channel,
            Instant joinedAt, String contact) {
        this.contact = contact;
        this.classId = classId;
        this.channel = channel;
        this.learnerId = learnerId;
        this.organizationId = organizationId;
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.joinedAt = joinedAt;
    }

    Long groupId() {
        return groupId;
    }

    /** C-22: a learner's group can be changed. */
    void moveToGroup(Long groupId) {
        this.groupId = groupId;
    }

    RosterMember toMember() {
        return new RosterMember(learnerId, channel == null ? EnrolmentChannel.IMPORT : channel, joinedAt, enteredAt);
    }

    /** The learner joined the class with its password; the first time counts. */
    void enter(Instant at) {
        if (enteredAt == null) {
            enteredAt = at;
        }
    }

    Instant enteredAt() {
        return enteredAt;
    }

    long classId() {
        return classId;
    }

    /** C-21, C-27 (seed 003 "开班后至结业前，学员报名信息可以补充和修改"): the contact as now given; blank clears it. */
    void contact(String contact) {
        this.contact = contact == null || contact.isBlank() ? null : contact.strip();
    }

    RosterEntryView toView() {
        return new RosterEntryView(learnerId, organizationId, groupId, joinedAt, contact, leftAt, enteredAt);
    }
}
