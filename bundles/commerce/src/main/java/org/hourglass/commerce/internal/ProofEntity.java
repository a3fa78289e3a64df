package org.hourglass.commerce.internal;

import java.time.Instant;
import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import org.hourglass.persistence.UtcInstant;

/** A bank-transfer proof (IN-8), stored once per content hash however often it is uploaded. */
@Entity
@Table(name = "COM_PROOF")
public class ProofEntity {
    @Id
    @Column(name = "SHA256", length = 64)
    private String sha256;

    @Column(name = "CONTENT_TYPE", nullable = false, length = 40)
    private String contentType;

    @Column(name = "SIZE_BYTES", nullable = false)
    private int size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false, length = 10_000_000)
    private byte[] content;

    @Convert(converter = UtcInstant.class)
    @Column(name = "STORED_AT", nullable = false)
    private Instant storedAt;

    protected ProofEntity() {
    }

    ProofEntity(String sha256, String contentType, byte[] content, Instant now) {
        this.sha256 = sha256;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.storedAt = now;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }
}
