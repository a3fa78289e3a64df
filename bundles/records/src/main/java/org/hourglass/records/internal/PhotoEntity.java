package org.hourglass.records.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import org.hourglass.persistence.UtcInstant;

/** A study photo capture (C-38): who, when, which image (by content hash) and the face check's answer. */
@Entity
@Table(name = "REC_PHOTO", indexes = @Index(name = "REC_PHOTO_LEARNER", columnList = "LEARNER_ID,CLASS_ID"))
public class PhotoEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "LEARNER_ID", nullable = false)
    private long learnerId;

    @Column(name = "CLASS_ID", nullable = false)
    private long classId;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 20)
    private String contentType;

    @Convert(converter = UtcInstant.class)
    @Column(name = "TAKEN_AT", nullable = false)
    private Instant takenAt;

    /** null when no face verification service was deployed. */
    @Column(name = "FACE_MATCH")
    private Boolean faceMatch;

    protected PhotoEntity() {
    }

    PhotoEntity(long learnerId, long classId, String sha256, String contentType, Instant takenAt, Boolean faceMatch) {
        this.learnerId = learnerId;
        this.classId = classId;
        this.sha256 = sha256;
        this.contentType = contentType;
        this.takenAt = takenAt;
        this.faceMatch = faceMatch;
    }

    Long id() {
        return id;
    }

    Boolean faceMatch() {
        return faceMatch;
    }
}
