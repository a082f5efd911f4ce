-- Khadamat schema, version 8: throttles (docs/security-throttle.md). Counters live in the database so every node
-- of a cluster sees the same ones. Portable SQL (H2 and PostgreSQL).

-- one row per counted event (a one-time code sent or refused, a failed sign-in, a tracking or verification lookup);
-- the subject (a mobile, an account, a client address, a tracking code) is kept only as its SHA-256 digest.
-- Insert-only, so concurrent requests never conflict; rows older than the longest window are deleted hourly.
CREATE SEQUENCE throttle_event_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE throttle_event (
    id           BIGINT       NOT NULL PRIMARY KEY,
    scope        VARCHAR(40)  NOT NULL,
    subject      VARCHAR(64)  NOT NULL,
    occurred_at  TIMESTAMP    NOT NULL
);
CREATE INDEX throttle_event_subject_ix ON throttle_event (scope, subject, occurred_at);
CREATE INDEX throttle_event_occurred_ix ON throttle_event (occurred_at);

-- the applicant token is an opaque random string; the server keeps only its SHA-256 digest and what it stands for
CREATE TABLE applicant_token (
    token_hash     VARCHAR(64)  NOT NULL PRIMARY KEY,
    tracking_code  VARCHAR(20)  NOT NULL,
    mobile         VARCHAR(20)  NOT NULL,
    expires_at     TIMESTAMP    NOT NULL
);
CREATE INDEX applicant_token_expires_ix ON applicant_token (expires_at);

-- one-time codes are kept as HMAC-SHA-256 digests with a salt of their own
ALTER TABLE one_time_code ADD COLUMN salt VARCHAR(44);

-- one-time codes that earlier versions wrote readable into the outbox are masked there too
UPDATE outbox_message SET text = 'کد یک‌بار مصرف سامانه خدمات: •••••• (اعتبار ۵ دقیقه)'
    WHERE text LIKE 'کد یک‌بار مصرف سامانه خدمات:%';
