-- Khadamat schema, version 1: the agency registry, provinces, service cards and the audit trail.
-- Portable SQL: the same file runs on the embedded H2 and on PostgreSQL.

CREATE SEQUENCE agency_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE agency (
    id            BIGINT        NOT NULL PRIMARY KEY,
    code          VARCHAR(100)  NOT NULL,
    persian_name  VARCHAR(500)  NOT NULL,
    english_name  VARCHAR(500),
    parent_id     BIGINT        REFERENCES agency (id),
    CONSTRAINT agency_code_uk UNIQUE (code)
);

CREATE SEQUENCE province_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE province (
    id            BIGINT        NOT NULL PRIMARY KEY,
    code          VARCHAR(50)   NOT NULL,
    persian_name  VARCHAR(200)  NOT NULL,
    english_name  VARCHAR(200)  NOT NULL,
    CONSTRAINT province_code_uk UNIQUE (code)
);

CREATE SEQUENCE service_card_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE service_card (
    id                  BIGINT           NOT NULL PRIMARY KEY,
    card_key            VARCHAR(100)     NOT NULL,
    status              VARCHAR(30)      NOT NULL,
    title               VARCHAR(500)     NOT NULL,
    summary             VARCHAR(4000),
    service_id          VARCHAR(50),
    executive_agency_id BIGINT           REFERENCES agency (id),
    -- facets, projected from the form on every save (',G2C,G2B,' ; NULL = unknown ; ',' = none)
    service_types       VARCHAR(100),
    service_levels      VARCHAR(200),
    related_events      VARCHAR(500),
    electronic_stages   INTEGER,
    -- normalised text for search (Arabic letters folded to Persian, digits to ASCII, no ZWNJ or diacritics)
    search_text         VARCHAR(200000)  NOT NULL,
    -- the whole annex-1 form (CardForm as JSON, format version inside)
    form_json           VARCHAR(1000000) NOT NULL,
    created_at          TIMESTAMP        NOT NULL,
    updated_at          TIMESTAMP        NOT NULL,
    version             BIGINT           NOT NULL,
    CONSTRAINT service_card_key_uk UNIQUE (card_key),
    CONSTRAINT service_card_service_id_uk UNIQUE (service_id)
);
CREATE INDEX service_card_agency_ix ON service_card (executive_agency_id);
CREATE INDEX service_card_title_ix ON service_card (title);

CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_event (
    id            BIGINT         NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP      NOT NULL,
    actor         VARCHAR(200)   NOT NULL,
    province_code VARCHAR(50),
    subject_type  VARCHAR(50)    NOT NULL,
    subject_id    VARCHAR(100)   NOT NULL,
    action        VARCHAR(50)    NOT NULL,
    details       VARCHAR(100000)
);
CREATE INDEX audit_event_subject_ix ON audit_event (subject_type, subject_id);
