-- The verification report of a migration's last run, kept as it was when the run ended:
-- GET report/ shows it even after a cleanup or later changes in the destination.
ALTER TABLE migrations ADD COLUMN verification TEXT;
ALTER TABLE migrations ADD COLUMN verified_at TIMESTAMPTZ;
