-- The language a shop reads its notices in. The platform does not send it yet, so shops start in Chinese
-- (the marketplace's language); the seller can change it in the seller portal.
ALTER TABLE shops ADD COLUMN language text NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN', 'en'));
