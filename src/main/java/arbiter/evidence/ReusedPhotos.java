package arbiter.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import arbiter.dispute.DisputeStatus;
import arbiter.dispute.Party;
import arbiter.system.SqlValues;

/**
 * Reused photos as the pages show them (issue 17): beside each photo of a case, the other cases holding the same photo
 * or a nearly identical one; and for supervisors, every reuse cluster across the platform. A read model that joins
 * across features on purpose: the photos and their matches (evidence) with the cases, their shops and their rulings.
 * Outcomes are the names of {@code RulingOutcome} (the ruling feature sits above this one).
 */
@ApplicationScoped
public class ReusedPhotos {

    /** Marks shown beside one photo at most; the rest are counted and found on the supervisors' list. */
    public static final int MARKS_PER_PHOTO = 5;

    /**
     * Other cases counted at most for each photo it matches (the newest): a photo in thousands of cases costs the case
     * page no more than one in a hundred.
     */
    public static final int CASES_COUNTED = 100;

    @Inject
    EntityManager em;

    /**
     * Another case holding this photo or one nearly identical to it.
     *
     * @param photo the SHA-256 of the photo in the case being read
     * @param otherPhoto the SHA-256 of the photo in the other case (equal to {@code photo} for the same photo)
     * @param distance bits the two perceptual hashes differ in (0 for the same photo)
     * @param party who sent it in the other case
     * @param outcome the other case's ruling in effect ({@code RulingOutcome} name), null before one
     */
    public record Mark(String photo, String otherPhoto, int distance, long disputeId, String caseNo, Party party,
            String shopName, DisputeStatus status, String outcome) {

        /** The same bytes, not merely the same look. */
        public boolean samePhoto() {
            return photo.equals(otherPhoto);
        }
    }

    /**
     * The marks of one photo: the first {@link #MARKS_PER_PHOTO} by closeness, and how many other cases in all
     * ({@code cases}; at least that many when {@code capped}: {@link #CASES_COUNTED} of one matching photo were read).
     */
    public record PhotoMarks(List<Mark> shown, int cases, boolean capped) {

        public int more() {
            return cases - shown.size();
        }
    }

    /** The marks of a case's photos, by the photo's SHA-256; photos in no other case are absent. */
    public record CaseMarks(Map<String, PhotoMarks> byPhoto) {

        public static final CaseMarks NONE = new CaseMarks(Map.of());

        /** The marks of that photo, empty when it is in no other case. */
        public PhotoMarks of(String sha256) {
            return byPhoto.getOrDefault(sha256, new PhotoMarks(List.of(), 0, false));
        }

        public boolean any() {
            return !byPhoto.isEmpty();
        }
    }

    /** Every mark of the photos of the case of that id, in one statement; same photos first, then the nearest. */
    public CaseMarks of(long disputeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                WITH mine AS (
                    SELECT DISTINCT photo_sha256 AS sha FROM evidence_items WHERE dispute_id = ?1),
                linked AS (
                    SELECT sha AS photo, sha AS other, 0 AS distance FROM mine
                    UNION ALL
                    SELECT m.photo, m.similar_photo, m.distance FROM photo_matches m JOIN mine ON m.photo = mine.sha),
                found AS (
                    SELECT DISTINCT ON (l.photo, e.dispute_id) l.photo, l.other, l.distance, e.dispute_id, e.party
                    FROM linked l CROSS JOIN LATERAL (
                        SELECT x.dispute_id, x.party FROM evidence_items x
                        WHERE x.photo_sha256 = l.other AND x.dispute_id <> ?1
                        ORDER BY x.dispute_id DESC LIMIT ?3) e
                    ORDER BY l.photo, e.dispute_id, l.distance, (l.photo <> l.other), e.party),
                ranked AS (
                    SELECT f.*, row_number() OVER (PARTITION BY f.photo ORDER BY (f.photo <> f.other), f.distance,
                                                   f.dispute_id DESC) AS rank,
                           count(*) OVER (PARTITION BY f.photo) AS cases,
                           max(count_of_other) OVER (PARTITION BY f.photo) AS most
                    FROM (SELECT f.*, count(*) OVER (PARTITION BY f.photo, f.other) AS count_of_other FROM found f) f)
                SELECT r.photo, r.other, r.distance, d.id, d.case_no, r.party, s.name, d.status, ru.outcome, r.cases,
                       r.most
                FROM ranked r JOIN disputes d ON d.id = r.dispute_id JOIN shops s ON s.id = d.shop_id
                LEFT JOIN rulings ru ON ru.dispute_id = d.id AND ru.state = 'EFFECTIVE'
                WHERE r.rank <= ?2
                ORDER BY r.photo, r.rank""")
                .setParameter(1, disputeId).setParameter(2, MARKS_PER_PHOTO).setParameter(3, CASES_COUNTED)
                .getResultList();
        if (rows.isEmpty()) {
            return CaseMarks.NONE;
        }
        Map<String, List<Mark>> marks = new LinkedHashMap<>();
        Map<String, Object[]> counts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Mark mark = mark(r, 0);
            marks.computeIfAbsent(mark.photo(), k -> new ArrayList<>()).add(mark);
            counts.put(mark.photo(), r);
        }
        Map<String, PhotoMarks> byPhoto = new LinkedHashMap<>();
        marks.forEach((photo, shown) -> {
            Object[] r = counts.get(photo);
            byPhoto.put(photo, new PhotoMarks(List.copyOf(shown), ((Number) r[9]).intValue(),
                    ((Number) r[10]).intValue() >= CASES_COUNTED));
        });
        return new CaseMarks(byPhoto);
    }

    /**
     * One case's use of a photo of a cluster.
     *
     * @param submittedAt when the photo was sent in that case (UTC)
     */
    public record Member(String photo, long disputeId, String caseNo, Party party, String shopName,
            DisputeStatus status, String outcome, Instant submittedAt) {
    }

    /**
     * Photos that are the same or nearly identical, in more than one case.
     *
     * @param id the cluster's number (a later cluster has a higher one)
     * @param photos the distinct photos, by SHA-256, in the order first sent
     * @param members each case's use of one of them, the first sent first
     * @param shops how many shops the cases are of
     */
    public record Cluster(long id, List<String> photos, List<Member> members, long cases, long shops) {
    }

    /** A page of clusters, newest first, and the id to read the next page before (null on the last page). */
    public record ClusterPage(List<Cluster> clusters, Long nextBefore) {
    }

    /**
     * The reuse clusters across the platform, newest first, by keyset: those numbered below {@code before} (all when
     * null), at most {@code limit}, each with at most 50 uses shown, in two statements.
     */
    public ClusterPage clusters(Long before, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                SELECT DISTINCT reuse_cluster FROM photos
                WHERE reuse_cluster IS NOT NULL AND reuse_cluster < ?1
                ORDER BY reuse_cluster DESC LIMIT ?2""")
                .setParameter(1, before == null ? Long.MAX_VALUE : before).setParameter(2, limit + 1).getResultList();
        boolean more = ids.size() > limit;
        List<Long> page = ids.stream().limit(limit).map(Number::longValue).toList();
        if (page.isEmpty()) {
            return new ClusterPage(List.of(), null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.reuse_cluster, e.photo_sha256, d.id, d.case_no, e.party, s.name, d.status, ru.outcome,
                       e.submitted_at, d.shop_id
                FROM photos p
                JOIN LATERAL (SELECT * FROM evidence_items x WHERE x.photo_sha256 = p.sha256
                              ORDER BY x.submitted_at, x.id LIMIT 50) e ON TRUE
                JOIN disputes d ON d.id = e.dispute_id JOIN shops s ON s.id = d.shop_id
                LEFT JOIN rulings ru ON ru.dispute_id = d.id AND ru.state = 'EFFECTIVE'
                WHERE p.reuse_cluster IN (?1)
                ORDER BY p.reuse_cluster DESC, e.submitted_at, e.id""")
                .setParameter(1, page).getResultList();
        Map<Long, List<Object[]>> byCluster = new LinkedHashMap<>();
        page.forEach(id -> byCluster.put(id, new ArrayList<>()));
        rows.forEach(r -> byCluster.get(((Number) r[0]).longValue()).add(r));
        List<Cluster> clusters = new ArrayList<>();
        byCluster.forEach((id, members) -> {
            List<Member> uses = new ArrayList<>();
            List<String> photos = new ArrayList<>();
            Set<Long> cases = new HashSet<>();
            Set<String> shops = new HashSet<>();
            for (Object[] r : members) {
                String photo = (String) r[1];
                if (!photos.contains(photo)) {
                    photos.add(photo);
                }
                uses.add(new Member(photo, ((Number) r[2]).longValue(), (String) r[3], Party.valueOf((String) r[4]),
                        (String) r[5], DisputeStatus.valueOf((String) r[6]), (String) r[7],
                        SqlValues.instant(r[8])));
                cases.add(((Number) r[2]).longValue());
                shops.add((String) r[9]);
            }
            clusters.add(new Cluster(id, photos, uses, cases.size(), shops.size()));
        });
        return new ClusterPage(clusters, more ? page.get(page.size() - 1) : null);
    }

    private static Mark mark(Object[] r, int from) {
        return new Mark((String) r[from], (String) r[from + 1], ((Number) r[from + 2]).intValue(),
                ((Number) r[from + 3]).longValue(), (String) r[from + 4], Party.valueOf((String) r[from + 5]),
                (String) r[from + 6], DisputeStatus.valueOf((String) r[from + 7]), (String) r[from + 8]);
    }
}
