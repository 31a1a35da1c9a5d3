-- 0001: administrative units, their lineage, and the record of loaded reference datasets.
-- Frozen once landed: change the schema with a new numbered file, never by editing this one.
CREATE EXTENSION IF NOT EXISTS postgis;

-- One row per unit per version: a code may name different units before and after a
-- reorganisation (province 19 before and after 1 Jul 2025), told apart by validity.
CREATE TABLE admin_unit (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL,
  level text NOT NULL CHECK (level IN ('country', 'province', 'district', 'commune')),
  name text NOT NULL,
  full_name text NOT NULL,
  name_en text,
  unit_type text NOT NULL,
  parent_id integer REFERENCES admin_unit (id),
  -- Code of the province the unit lies in, in its own hierarchy (null for the country).
  province_code text,
  -- Inclusive validity; NULL valid_from = before the earliest data held, NULL valid_to = in force.
  valid_from date,
  valid_to date,
  aliases text[] NOT NULL DEFAULT '{}',
  -- Lower-case, diacritic-free name, full name, aliases and code, for `q=` searches.
  search_text text NOT NULL,
  geom geometry(MultiPolygon, 4326),
  area_km2 double precision,
  source text NOT NULL,
  CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);
CREATE UNIQUE INDEX admin_unit_version_key ON admin_unit (level, code, (COALESCE(valid_from, DATE '0001-01-01')));
CREATE INDEX admin_unit_code ON admin_unit (code);
CREATE INDEX admin_unit_parent ON admin_unit (parent_id);
CREATE INDEX admin_unit_level_province ON admin_unit (level, province_code);
CREATE INDEX admin_unit_geom ON admin_unit USING gist (geom);

-- Old unit → unit that took over all (full) or part (partial) of its territory.
CREATE TABLE unit_lineage (
  predecessor_id integer NOT NULL REFERENCES admin_unit (id),
  successor_id integer NOT NULL REFERENCES admin_unit (id),
  kind text NOT NULL CHECK (kind IN ('full', 'partial')),
  effective date NOT NULL,
  PRIMARY KEY (predecessor_id, successor_id)
);
CREATE INDEX unit_lineage_successor ON unit_lineage (successor_id);

-- Which version of each shipped reference dataset is loaded (so a start loads only what changed).
CREATE TABLE reference_dataset (
  name text PRIMARY KEY,
  checksum text NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now(),
  summary jsonb NOT NULL
);
