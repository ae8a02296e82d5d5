-- The perceptual hash now reads the photo's centre and fades out towards its edges, where a cropped or captioned
-- copy differs from its original (arbiter.evidence.PerceptualHash; issue 17). Hashes of the old kind cannot be
-- compared with new ones, so every photo is hashed again: the background job that hashed the photos stored before
-- V23 (PerceptualHashBackfill) takes every photo whose hash is null, hashes its display rendition, and looks for
-- its reuse as if it had just been attached to its cases. What the old hashes matched is forgotten here and found
-- again, pair by pair, as the photos are hashed.
DELETE FROM photo_matches;
UPDATE photos SET perceptual_hash = NULL, reuse_cluster = NULL
WHERE perceptual_hash IS NOT NULL OR reuse_cluster IS NOT NULL;

-- A photo whose display rendition is missing or unreadable cannot be hashed; the job gives up on it once and says
-- when, instead of taking it again every minute (where 50 such photos would have stopped it for good).
ALTER TABLE photos ADD COLUMN hash_given_up_at timestamptz;
DROP INDEX photos_unhashed_idx;
CREATE INDEX photos_unhashed_idx ON photos (sha256) WHERE perceptual_hash IS NULL AND hash_given_up_at IS NULL;
