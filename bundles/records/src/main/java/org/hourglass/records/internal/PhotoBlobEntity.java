package org.hourglass.records.internal;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** Photo bytes stored once per content (SHA-256): the same image sent twice is kept once. */
@Entity
@Table(name = "REC_PHOTO_BLOB")
public class PhotoBlobEntity {
    @Id
    @Column(name = "SHA256", length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "BYTES", nullable = false, length = 1_000_000)
    private byte[] bytes;

    protected PhotoBlobEntity() {
    }

    PhotoBlobEntity(String sha256, byte[] bytes) {
        this.sha256 = sha256;
        this.bytes = bytes;
    }
}
