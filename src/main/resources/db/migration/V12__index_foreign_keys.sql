-- Foreign keys that pages and services look up by, indexed (MigrationsTest lists the ones left without an index
-- and why): a seller's photo access asks whether an appeal of the shop holds the photo (appeal_photos by photo,
-- appeals by shop); an overturned penalty finds its measures and ledger entries by penalty.
CREATE INDEX appeal_photos_photo_idx ON appeal_photos (photo_sha256);
CREATE INDEX appeals_shop_idx ON appeals (shop_id);
CREATE INDEX points_ledger_penalty_idx ON points_ledger (penalty_id);
CREATE INDEX shop_measures_penalty_idx ON shop_measures (penalty_id);
