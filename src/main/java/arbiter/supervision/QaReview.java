package arbiter.supervision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A supervisor's review of one sampled ruling; open until a verdict is given. */
@Entity
@Table(name = "qa_reviews")
public class QaReview extends PanacheEntityBase {

    public enum Verdict {
        AGREE,
        DISAGREE
    }

    @Id
    @GeneratedValue(generator = "qa_review_seq")
    @SequenceGenerator(name = "qa_review_seq", sequenceName = "qa_review_seq", allocationSize = 50)
    public Long id;

    @Column(name = "sample_id", nullable = false)
    public long sampleId;

    @Column(name = "ruling_id", nullable = false)
    public long rulingId;

    public String reviewer;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public String comment;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
