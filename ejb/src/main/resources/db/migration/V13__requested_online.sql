-- Khadamat schema, version 13: whether a case was requested online, by its applicant on the public pages, or at
-- the counter by staff — the measured side of a service's e-readiness (docs/readiness.md). The engine sets it on
-- the case and adds it to the day's counts in the case's transaction (runtime.DailyCounts); statistics.CaseCounts
-- recounts it from the cases. The cases there are: an applicant's start is named «applicant:…» in their history.
ALTER TABLE service_case ADD COLUMN requested_online BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE service_case SET requested_online = TRUE
WHERE id IN (SELECT case_id FROM case_event WHERE action = 'STARTED' AND actor LIKE 'applicant:%');

ALTER TABLE case_daily_count ADD COLUMN received_online BIGINT DEFAULT 0 NOT NULL;
UPDATE case_daily_count SET received_online = (
    SELECT COUNT(*) FROM service_case c
    WHERE c.card_key = case_daily_count.card_key AND c.province_code = case_daily_count.province_code
      AND CAST(c.created_at AS DATE) = case_daily_count.received_on AND c.requested_online)
WHERE EXISTS (SELECT 1 FROM service_case c
    WHERE c.card_key = case_daily_count.card_key AND c.province_code = case_daily_count.province_code
      AND CAST(c.created_at AS DATE) = case_daily_count.received_on AND c.requested_online);
