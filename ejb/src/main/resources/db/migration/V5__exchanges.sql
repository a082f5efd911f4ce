-- Exchanges done in batches or by letter (§7, §8 "دسته‌ای" and "غیر الکترونیکی"): what a case waits for until the
-- batch is sent or the reply to the letter is recorded. One open row per case step; a consumed row stays as record.
CREATE SEQUENCE pending_exchange_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE pending_exchange (
    id             BIGINT          NOT NULL PRIMARY KEY,
    case_id        BIGINT          NOT NULL,
    tracking_code  VARCHAR(20),
    step_id        VARCHAR(60)     NOT NULL,
    province_code  VARCHAR(50),
    actor          VARCHAR(100)    NOT NULL,
    partner        VARCHAR(60)     NOT NULL,
    operation      VARCHAR(60)     NOT NULL,
    exchange_mode  VARCHAR(20)     NOT NULL,
    request        VARCHAR(20000),
    answer         VARCHAR(20000),
    state          VARCHAR(20)     NOT NULL,
    letter_code    VARCHAR(40),
    created_at     TIMESTAMP       NOT NULL,
    answered_at    TIMESTAMP,
    version        BIGINT          NOT NULL
);
CREATE INDEX pending_exchange_case_ix ON pending_exchange (case_id, state);
CREATE INDEX pending_exchange_queue_ix ON pending_exchange (state, partner, operation);

-- the exchange log, read by admins per province and time, shows the case's tracking code
ALTER TABLE exchange_log ADD COLUMN tracking_code VARCHAR(20);
ALTER TABLE exchange_log ADD COLUMN exchange_mode VARCHAR(20);
CREATE INDEX exchange_log_province_ix ON exchange_log (province_code, started_at);
