package org.hourglass.policy.jiangsu.internal;

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

/** JS-8 "附件": a file the learner attached to a declaration for the office — a JPEG, PNG or PDF, with its SHA-256. */
@Entity
@Table(name = "JS_ATTACHMENT", indexes = @Index(name = "JS_ATTACHMENT_DECLARATION", columnList = "DECLARATION_ID"))
public class AttachmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "DECLARATION_ID", nullable = false)
    private long declarationId;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 40)
    private String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private int size;

    @Column(name = "SHA256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false, length = 10_000_000)
    private byte[] content;

    @Column(name = "UPLOADED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant uploadedAt;

    protected AttachmentEntity() {
    }

    AttachmentEntity(long declarationId, String contentType, byte[] content, String sha256, Instant now) {
        this.declarationId = declarationId;
        this.contentType = contentType;
        this.size = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.uploadedAt = now;
    }

    long declarationId() {
        return declarationId;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }

    Declarations.Attachment toView() {
        return new Declarations.Attachment(id, contentType, size, sha256, uploadedAt);
    }
}
