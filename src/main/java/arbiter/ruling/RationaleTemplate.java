package arbiter.ruling;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import arbiter.dispute.DisputeReason;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A rationale template in one of its versions (V20; issue 16, "Templates"): a starting text for a ruling's rationale
 * with placeholders ({@link RationaleTemplates.Placeholder}) filled from the case.
 */
@Entity
@Table(name = "rationale_templates")
public class RationaleTemplate extends PanacheEntityBase {

    /** A template's id and version, as a ruling records it. */
    @Embeddable
    public record Key(@Column(name = "id") long id, @Column(name = "version") int version) implements Serializable {

        /** How forms name it: {@code id/version}. */
        public String reference() {
            return id + "/" + version;
        }
    }

    @EmbeddedId
    public Key key;

    /** The dispute reason it is for; null for any. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reason")
    public DisputeReason reason;

    /** The clause code it is written for; null for any. */
    @Column(name = "clause_code")
    public String clauseCode;

    /** {@code zh} or {@code en}. */
    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String title;

    /** The text with its placeholders, at most 4,000 characters. */
    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "written_by", nullable = false)
    public String writtenBy;

    /** When this version was written (UTC). */
    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;
}
