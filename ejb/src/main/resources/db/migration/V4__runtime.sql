-- Khadamat schema, version 4: the runtime — cases of published cards, their history, documents, payments,
-- appointments, issued documents, notifications, the subject registry (people, prisoners). Portable SQL.

-- the process definition a card version runs (ProcessDefinition as JSON); NULL: the card has none yet
ALTER TABLE service_card ADD COLUMN process_json VARCHAR(200000);

-- People (شخص) by national code, and prisoner records (پرونده زندانی) in a province
CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE person (
    id             BIGINT        NOT NULL PRIMARY KEY,
    national_code  VARCHAR(10)   NOT NULL,
    full_name      VARCHAR(200),
    mobile         VARCHAR(20),
    CONSTRAINT person_national_code_uk UNIQUE (national_code)
);
CREATE SEQUENCE prisoner_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE prisoner (
    id               BIGINT        NOT NULL PRIMARY KEY,
    prisoner_number  VARCHAR(30)   NOT NULL,
    national_code    VARCHAR(10)   NOT NULL,
    full_name        VARCHAR(200),
    province_code    VARCHAR(50)   NOT NULL REFERENCES province (code),
    unit_code        VARCHAR(100),
    ward             VARCHAR(100),
    status           VARCHAR(20)   NOT NULL,
    admitted_at      TIMESTAMP     NOT NULL,
    released_at      TIMESTAMP,
    version          BIGINT        NOT NULL,
    CONSTRAINT prisoner_number_uk UNIQUE (prisoner_number)
);
CREATE INDEX prisoner_province_ix ON prisoner (province_code);
CREATE INDEX prisoner_national_code_ix ON prisoner (national_code);

-- Cases (پرونده خدمت): one request for a service, moving through the steps of its card version's process
CREATE SEQUENCE service_case_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE service_case (
    id                BIGINT          NOT NULL PRIMARY KEY,
    tracking_code     VARCHAR(20)     NOT NULL,
    card_key          VARCHAR(100)    NOT NULL,
    card_version      INTEGER         NOT NULL,
    province_code     VARCHAR(50)     NOT NULL REFERENCES province (code),
    unit_code         VARCHAR(100),
    applicant_code    VARCHAR(10),
    applicant_mobile  VARCHAR(20),
    subject_ref       VARCHAR(100),
    current_step      VARCHAR(60)     NOT NULL,
    acting_role       VARCHAR(30),
    status            VARCHAR(20)     NOT NULL,
    waiting_for       VARCHAR(100),
    result            VARCHAR(60),
    data_json         VARCHAR(200000) NOT NULL,
    due_at            TIMESTAMP,
    created_at        TIMESTAMP       NOT NULL,
    updated_at        TIMESTAMP       NOT NULL,
    version           BIGINT          NOT NULL,
    CONSTRAINT service_case_tracking_uk UNIQUE (tracking_code)
);
-- the staff inbox: a province's open cases waiting on a role, oldest first
CREATE INDEX service_case_inbox_ix ON service_case (province_code, status, acting_role, updated_at);
CREATE INDEX service_case_card_ix ON service_case (card_key);

-- the history of a case (رویدادهای پرونده): every step done, by whom, when
CREATE SEQUENCE case_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_event (
    id             BIGINT         NOT NULL PRIMARY KEY,
    case_id        BIGINT         NOT NULL REFERENCES service_case (id),
    province_code  VARCHAR(50)    NOT NULL,
    occurred_at    TIMESTAMP      NOT NULL,
    actor          VARCHAR(100)   NOT NULL,
    step_id        VARCHAR(60),
    action         VARCHAR(40)    NOT NULL,
    details        VARCHAR(20000)
);
CREATE INDEX case_event_case_ix ON case_event (case_id);

-- documents uploaded to a case, with their SHA-256
CREATE SEQUENCE case_document_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE case_document (
    id             BIGINT         NOT NULL PRIMARY KEY,
    case_id        BIGINT         NOT NULL REFERENCES service_case (id),
    province_code  VARCHAR(50)    NOT NULL,
    step_id        VARCHAR(60)    NOT NULL,
    name           VARCHAR(500)   NOT NULL,
    file_name      VARCHAR(300)   NOT NULL,
    content_type   VARCHAR(100)   NOT NULL,
    sha256         VARCHAR(64)    NOT NULL,
    content        BYTEA          NOT NULL,
    uploaded_by    VARCHAR(100)   NOT NULL,
    uploaded_at    TIMESTAMP      NOT NULL
);
CREATE INDEX case_document_case_ix ON case_document (case_id);

-- payments through the gateway, with the receipt
CREATE SEQUENCE payment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payment (
    id             BIGINT         NOT NULL PRIMARY KEY,
    case_id        BIGINT         NOT NULL REFERENCES service_case (id),
    province_code  VARCHAR(50)    NOT NULL,
    amount_rials   BIGINT         NOT NULL,
    bank_account   VARCHAR(100),
    status         VARCHAR(20)    NOT NULL,
    gateway_ref    VARCHAR(100),
    receipt        VARCHAR(2000),
    created_at     TIMESTAMP      NOT NULL,
    paid_at        TIMESTAMP
);
CREATE INDEX payment_case_ix ON payment (case_id);

-- appointment capacity: weekly templates per unit and visit type, exceptions (holidays, extra days), bookings
CREATE SEQUENCE slot_template_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE slot_template (
    id             BIGINT         NOT NULL PRIMARY KEY,
    province_code  VARCHAR(50)    NOT NULL,
    unit_code      VARCHAR(100)   NOT NULL,
    visit_type     VARCHAR(30)    NOT NULL,
    day_of_week    INTEGER        NOT NULL,
    start_time     VARCHAR(5)     NOT NULL,
    minutes        INTEGER        NOT NULL,
    capacity       INTEGER        NOT NULL
);
CREATE INDEX slot_template_unit_ix ON slot_template (unit_code, visit_type);
CREATE SEQUENCE slot_exception_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE slot_exception (
    id             BIGINT         NOT NULL PRIMARY KEY,
    province_code  VARCHAR(50)    NOT NULL,
    unit_code      VARCHAR(100),
    closed_on      DATE           NOT NULL,
    closed         BOOLEAN        NOT NULL,
    note           VARCHAR(300)
);
CREATE SEQUENCE booking_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE booking (
    id             BIGINT         NOT NULL PRIMARY KEY,
    province_code  VARCHAR(50)    NOT NULL,
    unit_code      VARCHAR(100)   NOT NULL,
    visit_type     VARCHAR(30)    NOT NULL,
    starts_at      TIMESTAMP      NOT NULL,
    seat           INTEGER        NOT NULL,
    case_id        BIGINT         NOT NULL REFERENCES service_case (id),
    status         VARCHAR(20)    NOT NULL,
    held_until     TIMESTAMP,
    -- no double booking: one case per seat of a slot, whatever happens concurrently
    CONSTRAINT booking_seat_uk UNIQUE (unit_code, visit_type, starts_at, seat)
);
CREATE INDEX booking_case_ix ON booking (case_id);

-- documents a case issued (certificate, letter, visit card), checkable by anyone with the verification code
CREATE SEQUENCE issued_document_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE issued_document (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    case_id            BIGINT         NOT NULL REFERENCES service_case (id),
    province_code      VARCHAR(50)    NOT NULL,
    kind               VARCHAR(60)    NOT NULL,
    title              VARCHAR(500)   NOT NULL,
    verification_code  VARCHAR(40)    NOT NULL,
    content            BYTEA          NOT NULL,
    issued_at          TIMESTAMP      NOT NULL,
    CONSTRAINT issued_document_code_uk UNIQUE (verification_code)
);
CREATE INDEX issued_document_case_ix ON issued_document (case_id);

-- notifications: the outbox the SMS/email gateways send from (the embedded default only keeps them here)
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE outbox_message (
    id             BIGINT          NOT NULL PRIMARY KEY,
    province_code  VARCHAR(50),
    case_id        BIGINT,
    channel        VARCHAR(10)     NOT NULL,
    recipient      VARCHAR(200)    NOT NULL,
    text           VARCHAR(2000)   NOT NULL,
    created_at     TIMESTAMP       NOT NULL,
    sent_at        TIMESTAMP
);
CREATE INDEX outbox_message_province_ix ON outbox_message (province_code, created_at);

-- one-time codes sent by SMS to people who start or follow a service on the public pages
CREATE SEQUENCE one_time_code_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE one_time_code (
    id             BIGINT          NOT NULL PRIMARY KEY,
    national_code  VARCHAR(10)     NOT NULL,
    mobile         VARCHAR(20)     NOT NULL,
    code_hash      VARCHAR(100)    NOT NULL,
    expires_at     TIMESTAMP       NOT NULL,
    attempts       INTEGER         NOT NULL,
    used           BOOLEAN         NOT NULL
);
CREATE INDEX one_time_code_mobile_ix ON one_time_code (mobile, national_code);

-- every exchange with another system or agency (§7, §8), tied to its case and user; never changed
CREATE SEQUENCE exchange_log_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE exchange_log (
    id             BIGINT          NOT NULL PRIMARY KEY,
    case_id        BIGINT,
    province_code  VARCHAR(50),
    actor          VARCHAR(100)    NOT NULL,
    partner        VARCHAR(60)     NOT NULL,
    operation      VARCHAR(60)     NOT NULL,
    request        VARCHAR(20000),
    response       VARCHAR(20000),
    outcome        VARCHAR(20)     NOT NULL,
    started_at     TIMESTAMP       NOT NULL,
    millis         BIGINT          NOT NULL
);
CREATE INDEX exchange_log_case_ix ON exchange_log (case_id);
