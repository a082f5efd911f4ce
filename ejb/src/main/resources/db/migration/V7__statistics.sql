-- Khadamat schema, version 7: the statistics (§5 measured from cases) read a Jalali year of cases by the day they
-- were created, for a province or the whole country. Portable SQL.
-- Neither index holds status or updated_at, which change at every step: a case's moves stay heap-only updates.

-- a province's year: an index range instead of the whole table (Tehran's 80,000 of 1,000,000 cases: 75 ms, not 300)
CREATE INDEX service_case_province_created_ix ON service_case (province_code, created_at);
-- the first and last case (the years the dashboard offers) nationally, without reading the table
CREATE INDEX service_case_created_ix ON service_case (created_at);
