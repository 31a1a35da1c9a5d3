-- 0002: indicators, plans, targets and observations (issue "Plans, targets and indicators").
-- Frozen once landed.

CREATE TABLE indicator (
  code text PRIMARY KEY,
  name_vi text NOT NULL,
  name_en text NOT NULL,
  unit text NOT NULL,
  direction text NOT NULL CHECK (direction IN ('higher', 'lower')),
  natural_limit double precision,
  kind text NOT NULL CHECK (kind IN ('computed', 'reported')),
  aggregation text NOT NULL CHECK (aggregation IN ('sum', 'ratio', 'none')),
  scale double precision NOT NULL DEFAULT 1,
  numerator_vi text,
  denominator_vi text,
  description_vi text,
  -- Codes under which plans or source files name this indicator (e.g. IT_PARKS_2025).
  plan_codes text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE plan (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  title_vi text NOT NULL,
  title_en text,
  issuer text NOT NULL,
  issued_on date,
  period_start integer NOT NULL,
  period_end integer NOT NULL,
  vision_year integer,
  -- The version of the scope unit the plan was written for (Bắc Kạn 06 before 1 Jul 2025).
  scope_unit_id integer NOT NULL REFERENCES admin_unit (id),
  parent_plan_id integer REFERENCES plan (id) ON DELETE SET NULL,
  status text NOT NULL CHECK (status IN ('draft', 'in_force', 'expired', 'superseded')),
  source_url text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_start <= period_end),
  CHECK (vision_year IS NULL OR vision_year >= period_end)
);

CREATE TABLE target (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id integer NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  position integer NOT NULL DEFAULT 0,
  indicator_code text NOT NULL REFERENCES indicator (code),
  -- Scope: one unit version, or every unit of a level inside the plan's scope.
  scope_unit_id integer REFERENCES admin_unit (id),
  scope_level text CHECK (scope_level IN ('country', 'province', 'district', 'commune')),
  comparator text NOT NULL CHECK (comparator IN ('>=', '<=', '=', 'range')),
  value double precision,
  min_value double precision,
  max_value double precision,
  deadline date NOT NULL,
  baseline_value double precision,
  baseline_year integer,
  source_clause text,
  source_url text,
  CHECK ((scope_unit_id IS NULL) <> (scope_level IS NULL)),
  CHECK (
    (comparator = 'range' AND value IS NULL AND min_value IS NOT NULL AND max_value IS NOT NULL AND min_value <= max_value)
    OR (comparator <> 'range' AND value IS NOT NULL AND min_value IS NULL AND max_value IS NULL)
  ),
  CHECK ((baseline_value IS NULL) = (baseline_year IS NULL))
);
CREATE INDEX target_plan ON target (plan_id, position);
CREATE INDEX target_indicator ON target (indicator_code);

CREATE TABLE observation (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indicator_code text NOT NULL REFERENCES indicator (code),
  unit_id integer NOT NULL REFERENCES admin_unit (id),
  period text NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
  -- Last day of the period, for ordering and as-of filtering.
  period_end date NOT NULL,
  value double precision NOT NULL,
  numerator double precision,
  denominator double precision,
  estimated boolean NOT NULL DEFAULT false,
  provenance_kind text NOT NULL CHECK (provenance_kind IN ('source', 'submission', 'computation', 'manual')),
  source_url text,
  submission_id integer,
  computation_run_id integer,
  note text,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (provenance_kind <> 'source' OR source_url IS NOT NULL),
  CHECK ((numerator IS NULL) = (denominator IS NULL))
);
-- One value per indicator, unit, period and kind of provenance; a newer one replaces it.
CREATE UNIQUE INDEX observation_key ON observation (indicator_code, unit_id, period, provenance_kind);
CREATE INDEX observation_unit ON observation (unit_id, indicator_code, period_end);
