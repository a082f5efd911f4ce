-- Khadamat schema, version 10: the rounds of the application's timers, one server a round in a cluster
-- (ir.khadamat.schedule.TimerRounds, docs/operations.md). Portable SQL (H2 and PostgreSQL).

-- each timer's next round: the server that moves next_due on from the past runs it
CREATE TABLE timer_round (
    name        VARCHAR(60)     NOT NULL PRIMARY KEY,
    round_no    BIGINT          NOT NULL,
    next_due    TIMESTAMP       NOT NULL
);

-- every round run: by which server, when (kept a week)
CREATE TABLE timer_round_run (
    name        VARCHAR(60)     NOT NULL,
    round_no    BIGINT          NOT NULL,
    node        VARCHAR(100)    NOT NULL,
    started_at  TIMESTAMP       NOT NULL,
    PRIMARY KEY (name, round_no)
);

-- the application's timers (each calls TimerRounds.claim with its name), due at once
INSERT INTO timer_round (name, round_no, next_due) VALUES ('batch-exchanges', 0, TIMESTAMP '2000-01-01 00:00:00');
INSERT INTO timer_round (name, round_no, next_due) VALUES ('retry-waiting-cases', 0, TIMESTAMP '2000-01-01 00:00:00');
INSERT INTO timer_round (name, round_no, next_due) VALUES ('purge-applicant-tokens', 0, TIMESTAMP '2000-01-01 00:00:00');
INSERT INTO timer_round (name, round_no, next_due) VALUES ('purge-throttle-events', 0, TIMESTAMP '2000-01-01 00:00:00');
