package arbiter.ruling;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

        private static final Pattern REFERENCE = Pattern.compile("(\\d{1,18})/(\\d{1,9})");

        /** How forms name it: {@code id/version}. */
        public String reference() {
            return id + "/" + version;
        }

        /** The key a form names as {@code id/version} (version from 1); empty for anything else, null included. */
        public static Optional<Key> parse(String reference) {
            Matcher parts = REFERENCE.matcher(reference == null ? "" : reference.strip());
            if (!parts.matches() || Integer.parseInt(parts.group(2)) < 1) {
                return Optional.empty();
            }
            return Optional.of(new Key(Long.parseLong(parts.group(1)), Integer.parseInt(parts.group(2))));
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
