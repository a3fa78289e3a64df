package ${package}.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import org.hourglass.persistence.UtcInstant;

/** A row of the policy's own table ({@code ${tablePrefix}_NOTE}): the policy's data survives undeploy and redeploy. */
@Entity
@Table(name = "${tablePrefix}_NOTE")
public class NoteEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "TEXT", nullable = false, length = 200)
    private String text;

    @Column(name = "CREATED_AT", nullable = false)
    @Convert(converter = UtcInstant.class)
    private Instant createdAt;

    protected NoteEntity() {
    }

    NoteEntity(String text, Instant createdAt) {
        this.text = text;
        this.createdAt = createdAt;
    }

    ${policyClass}Resource.Note toNote() {
        return new ${policyClass}Resource.Note(id, text, createdAt);
    }
}
