-- One row that every change to the catalogue's cards increments in its own transaction: each node's
-- in-memory catalogue index compares it with the revision it was built from.
CREATE TABLE catalog_revision (
    id       INTEGER NOT NULL PRIMARY KEY,
    revision BIGINT  NOT NULL
);
INSERT INTO catalog_revision (id, revision) VALUES (1, 0);
