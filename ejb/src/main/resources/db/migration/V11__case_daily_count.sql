-- Khadamat schema, version 11: the statistics' figures kept as they happen (docs/statistics.md). For each service,
-- province and day cases were received: how many were received, how many of them are delivered, and the delivered
-- ones' time from request to delivery in microseconds. The engine adds to a row in the transaction of the case
-- (runtime.DailyCounts); counting service_case again gives the same rows (statistics.CaseCounts), as this migration
-- fills it from the cases there are. Portable SQL but for one placeholder.
CREATE TABLE case_daily_count (
    card_key          VARCHAR(100) NOT NULL,
    province_code     VARCHAR(50)  NOT NULL,
    received_on       DATE         NOT NULL,
    received          BIGINT       NOT NULL,
    delivered         BIGINT       NOT NULL,
    delivered_micros  BIGINT       NOT NULL,
    CONSTRAINT case_daily_count_pk PRIMARY KEY (card_key, province_code, received_on)
);
-- the whole country's year, and a province's
CREATE INDEX case_daily_count_day_ix ON case_daily_count (received_on);
CREATE INDEX case_daily_count_province_ix ON case_daily_count (province_code, received_on);

-- the cases there are, counted (${case_micros}: the database's own SQL for a case's time, set by DatabaseMigration)
INSERT INTO case_daily_count (card_key, province_code, received_on, received, delivered, delivered_micros)
SELECT card_key, province_code, CAST(created_at AS DATE), COUNT(*),
       SUM(CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'CLOSED' THEN ${case_micros} ELSE 0 END)
FROM service_case GROUP BY card_key, province_code, CAST(created_at AS DATE);
