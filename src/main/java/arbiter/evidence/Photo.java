package arbiter.evidence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A photo, known by the SHA-256 of the bytes it arrived as; its pixels live in {@link PhotoVariant}s. */
@Entity
@Table(name = "photos")
public class Photo extends PanacheEntityBase {

    @Id
    public String sha256;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
