package org.hourglass.policy.beijing.internal;

import java.time.Instant;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.hourglass.persistence.UtcInstant;

/** A file of an offline plan (BJ-13): a ten-second video per hour, or an attachment of the plan; kept with its hash. */
@Entity
@Table(name = "BJ_OFFLINE_FILE", indexes = @Index(name = "BJ_OFFLINE_FILE_PLAN", columnList = "PLAN_ID"))
public class OfflineFileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "PLAN_ID", nullable = false)
    private long planId;

    @Column(name = "KIND", nullable = false, length = 12)
    private String kind;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 60)
    private String contentType;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "SIZE_BYTES", nullable = false)
    private int size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false, length = 50_000_000)
    private byte[] content;

    @Convert(converter = UtcInstant.class)
    @Column(name = "UPLOADED_AT", nullable = false)
    private Instant uploadedAt;

    protected OfflineFileEntity() {
    }

    OfflineFileEntity(long planId, String kind, String contentType, String sha256, byte[] content, Instant now) {
        this.planId = planId;
        this.kind = kind;
        this.contentType = contentType;
        this.sha256 = sha256;
        this.size = content.length;
        this.content = content;
        this.uploadedAt = now;
    }
}
