package arbiter.evidence;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A re-encoded rendition of a photo, without any of the original's metadata. */
@Entity
@Table(name = "photo_variants")
public class PhotoVariant extends PanacheEntityBase {

    public enum Size {
        THUMBNAIL,
        DISPLAY
    }

    @Embeddable
    public record Key(
            @Column(name = "sha256") String sha256,
            @Enumerated(EnumType.STRING) @Column(name = "variant") Size variant) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @Column(nullable = false)
    public byte[] data;
}
