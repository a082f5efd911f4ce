-- Khadamat schema, version 3: users and their province, units, versions of cards, provincial editions,
-- reviewers' comments. Portable SQL (H2 and PostgreSQL).

-- Users (کاربر) and their role; province_code is NULL for national users (reviewers, headquarters,
-- system admins). Elytron's JDBC realm reads password_hash (bcrypt, modular crypt format) and role.
CREATE SEQUENCE app_user_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE app_user (
    id             BIGINT        NOT NULL PRIMARY KEY,
    username       VARCHAR(100)  NOT NULL,
    password_hash  VARCHAR(200)  NOT NULL,
    full_name      VARCHAR(200)  NOT NULL,
    role           VARCHAR(30)   NOT NULL,
    province_code  VARCHAR(50)   REFERENCES province (code),
    enabled        BOOLEAN       NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT app_user_username_uk UNIQUE (username)
);

-- Units (واحد): prisons and offices, each in one province
CREATE SEQUENCE unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE unit (
    id             BIGINT        NOT NULL PRIMARY KEY,
    code           VARCHAR(100)  NOT NULL,
    province_code  VARCHAR(50)   NOT NULL REFERENCES province (code),
    kind           VARCHAR(30)   NOT NULL,
    persian_name   VARCHAR(300)  NOT NULL,
    english_name   VARCHAR(300),
    CONSTRAINT unit_code_uk UNIQUE (code)
);
CREATE INDEX unit_province_ix ON unit (province_code);

-- A service_card row is now one version of a card: rows of the same card_key are numbered, the newest
-- is the one being worked on (latest), a published row stays visible until a newer version is published.
ALTER TABLE service_card DROP CONSTRAINT service_card_key_uk;
ALTER TABLE service_card DROP CONSTRAINT service_card_service_id_uk;
ALTER TABLE service_card ADD COLUMN version_no INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE service_card ADD COLUMN latest BOOLEAN DEFAULT TRUE NOT NULL;
-- NULL: a national card; otherwise the province (tenant) the card belongs to
ALTER TABLE service_card ADD COLUMN province_code VARCHAR(50) REFERENCES province (code);
-- a provincial edition: the national card it derives from, and the national version it is in step with
ALTER TABLE service_card ADD COLUMN base_key VARCHAR(100);
ALTER TABLE service_card ADD COLUMN base_version INTEGER;
ALTER TABLE service_card ADD COLUMN submitted_at TIMESTAMP;
ALTER TABLE service_card ADD COLUMN published_at TIMESTAMP;
ALTER TABLE service_card ADD CONSTRAINT service_card_key_version_uk UNIQUE (card_key, version_no);
CREATE INDEX service_card_key_ix ON service_card (card_key);
CREATE INDEX service_card_province_ix ON service_card (province_code);
CREATE INDEX service_card_service_id_ix ON service_card (service_id);

-- Reviewers' comments (نظر کارشناس), each on a section or a field of one version of a card
CREATE SEQUENCE review_comment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE review_comment (
    id             BIGINT         NOT NULL PRIMARY KEY,
    card_key       VARCHAR(100)   NOT NULL,
    version_no     INTEGER        NOT NULL,
    province_code  VARCHAR(50),
    field_path     VARCHAR(300)   NOT NULL,
    text           VARCHAR(4000)  NOT NULL,
    author         VARCHAR(100)   NOT NULL,
    created_at     TIMESTAMP      NOT NULL
);
CREATE INDEX review_comment_card_ix ON review_comment (card_key, version_no);
CREATE INDEX audit_event_province_ix ON audit_event (province_code);
