-- Reused photos (issue 17): a photo that also appears in another case, the same bytes or nearly the same look.
--
-- Each photo gets its 64-bit perceptual hash at intake (arbiter.evidence.PerceptualHash); photos stored before
-- this migration are hashed from their display variant by a background job, so the column is null until then.
-- Two photos are nearly identical when their hashes differ in at most a configured number of bits, up to 15.
--
-- The lookup is multi-index hashing: the hash is cut into four 16-bit blocks, each indexed. Two hashes within
-- d ≤ 15 bits agree in some block to within floor(d / 4) ≤ 3 bits (four blocks each 4 or more bits apart would be
-- 16 apart), so the candidates are the photos whose block i is one of the values within floor(d / 4) bits of the
-- new photo's block i, for some i: for d = 10 that is 137 values a block, each held by about n / 65,536 photos of
-- n if hashes spread evenly. The candidates are then checked on the whole hash, in the index (it holds the hash
-- and the photo's key), so a lookup reads no table rows.
ALTER TABLE photos ADD COLUMN perceptual_hash bigint;
ALTER TABLE photos ADD COLUMN hash_block_0 int GENERATED ALWAYS AS ((perceptual_hash >> 48) & 65535) STORED;
ALTER TABLE photos ADD COLUMN hash_block_1 int GENERATED ALWAYS AS ((perceptual_hash >> 32) & 65535) STORED;
ALTER TABLE photos ADD COLUMN hash_block_2 int GENERATED ALWAYS AS ((perceptual_hash >> 16) & 65535) STORED;
ALTER TABLE photos ADD COLUMN hash_block_3 int GENERATED ALWAYS AS (perceptual_hash & 65535) STORED;
CREATE INDEX photos_hash_block_0_idx ON photos (hash_block_0) INCLUDE (perceptual_hash, sha256);
CREATE INDEX photos_hash_block_1_idx ON photos (hash_block_1) INCLUDE (perceptual_hash, sha256);
CREATE INDEX photos_hash_block_2_idx ON photos (hash_block_2) INCLUDE (perceptual_hash, sha256);
CREATE INDEX photos_hash_block_3_idx ON photos (hash_block_3) INCLUDE (perceptual_hash, sha256);
CREATE INDEX photos_unhashed_idx ON photos (sha256) WHERE perceptual_hash IS NULL;

-- Pairs of different photos that are nearly identical (distance 0: different bytes, the same look), kept both
-- ways round, found when the later of the two was stored.
CREATE TABLE photo_matches (
    photo     text NOT NULL REFERENCES photos (sha256),
    similar_photo text NOT NULL REFERENCES photos (sha256),
    distance  int  NOT NULL CHECK (distance BETWEEN 0 AND 64),
    PRIMARY KEY (photo, similar_photo),
    CHECK (photo <> similar_photo)
);
CREATE INDEX photo_matches_similar_photo_idx ON photo_matches (similar_photo);

-- Photos in more than one case, directly or through nearly identical photos, share a reuse cluster: the
-- supervisors' list of reused photos is a list of clusters, and the queue marks a case holding a clustered photo. The cluster's number is the smallest of those it
-- joined, so it is stable as it grows.
CREATE SEQUENCE photo_reuse_cluster_seq;
ALTER TABLE photos ADD COLUMN reuse_cluster bigint;
CREATE INDEX photos_reuse_cluster_idx ON photos (reuse_cluster) WHERE reuse_cluster IS NOT NULL;

-- A case's photos in other cases are read newest case first, from the index, however many cases share a photo.
CREATE INDEX evidence_items_photo_dispute_idx ON evidence_items (photo_sha256, dispute_id);
DROP INDEX evidence_items_photo_idx;
