package arbiter.shop;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A seller's shop, as the order platform names it. */
@Entity
@Table(name = "shops")
public class Shop extends PanacheEntityBase {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(name = "contact_email", nullable = false)
    public String contactEmail;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The language of the shop's notices: {@code zh-CN} or {@code en}. */
    @Column(nullable = false)
    public String language = "zh-CN";
}
