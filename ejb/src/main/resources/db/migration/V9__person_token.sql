-- Khadamat schema, version 9: a citizen comes back to their cases («درخواست‌های من»). An applicant token now stands
-- either for one case (tracking_code) or for a person (national_code, with the mobile they proved): all the cases
-- started with that national code and that mobile. Portable SQL (H2 and PostgreSQL).
ALTER TABLE applicant_token ALTER COLUMN tracking_code DROP NOT NULL;
ALTER TABLE applicant_token ADD COLUMN national_code VARCHAR(10);

-- a person's cases, found by the national code and mobile they were started with
CREATE INDEX service_case_applicant_ix ON service_case (applicant_code, applicant_mobile);
