-- Khadamat schema, version 12: what changed at each revision of the catalogue (catalog_revision, V2), so that each
-- node's in-memory catalogue index reads again only the cards changed since the revision it holds, instead of every
-- card: one row per card changed, its key; no key (NULL) for a change that touches many cards (an agency's names),
-- after which the index is read whole. Portable SQL.
CREATE TABLE catalog_change (
    revision  BIGINT       NOT NULL,
    card_key  VARCHAR(100)
);
CREATE INDEX catalog_change_revision_ix ON catalog_change (revision);
