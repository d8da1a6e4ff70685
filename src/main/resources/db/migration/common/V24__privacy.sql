-- Privacy (AVG/GDPR): when an account was anonymised, when a completion record lost its learner's name, when a
-- reflection's texts were removed, and since when a class is archived (for the reflection retention period).
-- One script for Derby and PostgreSQL: only portable types.
ALTER TABLE account ADD COLUMN anonymised_at TIMESTAMP;
ALTER TABLE completion_record ADD COLUMN name_removed_at TIMESTAMP;
ALTER TABLE reflection ADD COLUMN texts_removed_at TIMESTAMP;
ALTER TABLE cohort ADD COLUMN archived_at TIMESTAMP;
-- Classes archived before this column existed count from now: their retention period starts today.
UPDATE cohort SET archived_at = CURRENT_TIMESTAMP WHERE archived = TRUE;
