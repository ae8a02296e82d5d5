-- The perceptual hash now reads the photo's centre and fades out towards its edges, where a cropped or captioned
-- copy differs from its original (arbiter.evidence.PerceptualHash; issue 17). Hashes of the old kind cannot be
-- compared with new ones, so every photo is hashed again: the background job that hashed the photos stored before
-- V23 (PerceptualHashBackfill) takes every photo whose hash is null, hashes its display rendition, and looks for
-- its reuse as if it had just been attached to its cases. What the old hashes matched is forgotten here and found
-- again, pair by pair, as the photos are hashed.
DELETE FROM photo_matches;
UPDATE photos SET perceptual_hash = NULL, reuse_cluster = NULL
WHERE perceptual_hash IS NOT NULL OR reuse_cluster IS NOT NULL;
