package arbiter.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Finds, as each photo joins a case, the photos in other cases that are the same (same SHA-256) or nearly identical
 * (perceptual hashes within {@link PhotoReuseRules#maxDistance()} bits), and records what it found (issue 17,
 * "Reused photos"): the pairs of nearly identical photos ({@code photo_matches}) and the photos' reuse cluster, by
 * which the queue marks every case holding one. A signal for the arbitrator, never a decision.
 */
@ApplicationScoped
public class PhotoReuse {

    /** A stored photo nearly identical to another: its SHA-256 and how many of the 64 hash bits differ (0–15). */
    public record Similar(String sha256, int distance) {
    }

    @Inject
    EntityManager em;

    @Inject
    PhotoReuseRules rules;

    /**
     * The stored photos within the configured distance of a hash, nearest first.
     *
     * @param sha256 the photo the hash is of, left out
     */
    public List<Similar> similarTo(String sha256, long perceptualHash) {
        Query query = em.createNativeQuery(PhotoLookup.SQL);
        List<Object> parameters = PhotoLookup.parameters(perceptualHash, sha256, rules.maxDistance());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Similar((String) r[0], ((Number) r[1]).intValue())).toList();
    }

    /**
     * The photo of that SHA-256 and perceptual hash has just been attached to the case {@code disputeId}: records the
     * photos nearly identical to it, and when it or one of them is in another case, puts them all in one reuse cluster
     * (merging the clusters they were in). Part of the caller's transaction, whose new evidence item the statements
     * here see (Hibernate flushes before a native query).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void photoAttached(long disputeId, String sha256, long perceptualHash) {
        List<Similar> similar = similarTo(sha256, perceptualHash);
        recordMatches(sha256, similar);
        Set<String> linked = new TreeSet<>();
        linked.add(sha256);
        similar.forEach(s -> linked.add(s.sha256()));
        boolean inAnotherCase = (Boolean) em.createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM evidence_items WHERE photo_sha256 IN (?1) AND dispute_id <> ?2)""")
                .setParameter(1, linked).setParameter(2, disputeId).getSingleResult();
        if (inAnotherCase) {
            cluster(linked);
        }
    }

    private void recordMatches(String sha256, List<Similar> similar) {
        if (similar.isEmpty()) {
            return;
        }
        List<String> others = similar.stream().map(Similar::sha256).toList();
        List<String> distances = similar.stream().map(s -> String.valueOf(s.distance())).toList();
        em.createNativeQuery("""
                INSERT INTO photo_matches (photo, similar_photo, distance)
                SELECT ?1, s, d FROM unnest(CAST(?2 AS text[]), CAST(?3 AS int[])) AS m (s, d)
                UNION ALL
                SELECT s, ?1, d FROM unnest(CAST(?2 AS text[]), CAST(?3 AS int[])) AS m (s, d)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, sha256).setParameter(2, arrayLiteral(others)).setParameter(3, arrayLiteral(distances))
                .executeUpdate();
    }

    /** The linked photos and every photo of a cluster one of them was in join the smallest of those clusters. */
    private void cluster(Collection<String> linked) {
        em.createNativeQuery("""
                WITH joined AS (
                    SELECT reuse_cluster FROM photos WHERE sha256 IN (?1) AND reuse_cluster IS NOT NULL),
                chosen AS (
                    SELECT coalesce((SELECT min(reuse_cluster) FROM joined), nextval('photo_reuse_cluster_seq')) AS id)
                UPDATE photos SET reuse_cluster = (SELECT id FROM chosen)
                WHERE (sha256 IN (?1) OR reuse_cluster IN (SELECT reuse_cluster FROM joined))
                  AND reuse_cluster IS DISTINCT FROM (SELECT id FROM chosen)""")
                .setParameter(1, linked).executeUpdate();
    }

    /** A PostgreSQL array literal of SHA-256 hex strings or numbers (they need no quoting). */
    private static String arrayLiteral(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }
}
