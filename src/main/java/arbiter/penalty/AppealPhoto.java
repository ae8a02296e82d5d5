package arbiter.penalty;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A photo a shop attached to its appeal. */
@Entity
@Table(name = "appeal_photos")
public class AppealPhoto extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "appeal_id") long appealId, @Column(name = "position") int position)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "photo_sha256", nullable = false)
    public String photoSha256;

    public String caption;
}
