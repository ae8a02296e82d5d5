package arbiter.supervision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A random sample of rulings drawn for quality review. */
@Entity
@Table(name = "qa_samples")
public class QaSample extends PanacheEntityBase {

    @Id
    @GeneratedValue(generator = "qa_sample_seq")
    @SequenceGenerator(name = "qa_sample_seq", sequenceName = "qa_sample_seq", allocationSize = 50)
    public Long id;

    @Column(name = "drawn_by", nullable = false)
    public String drawnBy;

    @Column(name = "drawn_at", nullable = false)
    public Instant drawnAt;

    @Column(name = "period_from", nullable = false)
    public Instant periodFrom;

    @Column(name = "period_to", nullable = false)
    public Instant periodTo;

    /** Set when the sample was drawn from one arbitrator's rulings only. */
    public String arbitrator;

    @Column(nullable = false)
    public int size;

    /** Set when the sample was drawn from rulings that departed from their precedents only (issue 17). */
    @Column(name = "departures_only", nullable = false)
    public boolean departuresOnly;
}
