-- Khadamat schema, version 14: the staff inbox read from its index alone. The inbox counts a province's open cases
-- waiting on a role (up to 1,001 of them) and takes a page of their ids in order; with the case's id in the index both
-- are index-only scans that stop where the page or the count does, however many cases there are (over 10,000,000
-- cases the count went from 23 ms, a bitmap scan of all 40,000 of Tehran's, to 0.4 ms: docs/benchmarks.md). It
-- replaces the index without the id.
CREATE INDEX service_case_inbox_id_ix ON service_case (province_code, status, acting_role, updated_at, id);
DROP INDEX service_case_inbox_ix;
