-- The review workflow of issue 5: a submission is a draft (validated, its rows kept aside), then
-- submitted, then approved (its rows become current) or rejected with a comment. A file refused by
-- validation is `invalid` (nothing kept but its report). Frozen once landed.

ALTER TABLE submission DROP CONSTRAINT submission_status_check;
-- Before this migration a file refused by validation was stored as `rejected`.
UPDATE submission SET status = 'invalid' WHERE status = 'rejected' AND error_count > 0;
ALTER TABLE submission ADD CONSTRAINT submission_status_check
  CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'invalid'));

ALTER TABLE submission
  -- Current 2-digit codes of the provinces its rows are in: who may review it and which officers see it.
  ADD COLUMN province_codes text[] NOT NULL DEFAULT '{}',
  -- Who uploaded it (null: the command line or the system) and who reviewed it; the names stay readable
  -- after an account is disabled.
  ADD COLUMN created_by integer REFERENCES app_user (id),
  ADD COLUMN created_by_name text,
  ADD COLUMN submitted_at timestamptz,
  ADD COLUMN reviewed_by integer REFERENCES app_user (id),
  ADD COLUMN reviewed_by_name text,
  ADD COLUMN reviewed_at timestamptz,
  ADD COLUMN review_comment text,
  -- The validation summary (rows, accepted, updates, additions…) shown to the reviewer.
  ADD COLUMN summary jsonb NOT NULL DEFAULT '{}';
CREATE INDEX submission_status ON submission (status);

-- The validated rows of a submission, kept from upload on: applied to the inventory on approval, and
-- kept after, so any version can be viewed and two versions compared (on `record_key`, the dataset's
-- natural key). `data` is the typed row as JSON.
CREATE TABLE submission_row (
  submission_id integer NOT NULL REFERENCES submission (id),
  seq integer NOT NULL,
  record_key text NOT NULL COLLATE "C",
  province_code text,
  data jsonb NOT NULL,
  PRIMARY KEY (submission_id, seq)
);
