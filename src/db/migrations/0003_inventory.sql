-- 0003: the infrastructure inventory, the submissions that bring it, and computation runs.
-- Frozen once landed.

-- A batch of data from one organisation for one period. Its file and its row-level report are kept
-- whether it was committed or refused, so a sender can read what to fix.
CREATE TABLE submission (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  dataset_type text NOT NULL CHECK (dataset_type IN ('sites', 'villages', 'fixed_broadband', 'data_centres',
    'it_parks', 'postal_facilities', 'network_connections', 'demo')),
  organisation text NOT NULL,
  period text NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
  status text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected')),
  version integer NOT NULL DEFAULT 1,
  file_name text,
  file_sha256 text,
  encoding text,
  row_count integer NOT NULL DEFAULT 0,
  error_count integer NOT NULL DEFAULT 0,
  report jsonb NOT NULL DEFAULT '[]',
  synthetic boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX submission_organisation ON submission (organisation, dataset_type, period);

-- A run of a computation (coverage, indicators), so computed observations can say where they came from.
CREATE TABLE computation_run (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  scope jsonb NOT NULL DEFAULT '{}',
  summary jsonb NOT NULL DEFAULT '{}',
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);

CREATE TABLE village (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  village_code text NOT NULL UNIQUE,
  name text NOT NULL,
  commune_id integer NOT NULL REFERENCES admin_unit (id),
  geom geometry(Point, 4326) NOT NULL,
  population integer NOT NULL CHECK (population >= 0),
  households integer NOT NULL CHECK (households >= 0),
  synthetic boolean NOT NULL,
  submission_id integer REFERENCES submission (id)
);
CREATE INDEX village_commune ON village (commune_id);
CREATE INDEX village_geom ON village USING gist (geom);

CREATE TABLE mobile_site (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  operator text NOT NULL,
  site_code text NOT NULL,
  geom geometry(Point, 4326) NOT NULL,
  commune_id integer NOT NULL REFERENCES admin_unit (id),
  -- [{"technology": "4G", "bandMhz": 1800}, …]
  carriers jsonb NOT NULL DEFAULT '[]',
  technologies text[] NOT NULL DEFAULT '{}',
  antenna_height_m double precision CHECK (antenna_height_m IS NULL OR antenna_height_m > 0),
  shared boolean NOT NULL DEFAULT false,
  tenants text[] NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('planned', 'building', 'operating', 'decommissioned')),
  on_air_date date,
  decommissioned_date date,
  synthetic boolean NOT NULL,
  submission_id integer REFERENCES submission (id),
  UNIQUE (operator, site_code)
);
CREATE INDEX mobile_site_commune ON mobile_site (commune_id);
CREATE INDEX mobile_site_geom ON mobile_site USING gist (geom);

CREATE TABLE fixed_broadband (
  village_id integer NOT NULL REFERENCES village (id) ON DELETE CASCADE,
  operator text NOT NULL,
  ftth boolean NOT NULL,
  households_passed integer NOT NULL CHECK (households_passed >= 0),
  synthetic boolean NOT NULL,
  submission_id integer REFERENCES submission (id),
  PRIMARY KEY (village_id, operator)
);

CREATE TABLE data_centre (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  operator text NOT NULL,
  geom geometry(Point, 4326) NOT NULL,
  commune_id integer NOT NULL REFERENCES admin_unit (id),
  tier integer CHECK (tier BETWEEN 1 AND 4),
  capacity_mw double precision NOT NULL CHECK (capacity_mw >= 0),
  racks integer CHECK (racks >= 0),
  pue double precision CHECK (pue IS NULL OR pue >= 1),
  synthetic boolean NOT NULL,
  submission_id integer REFERENCES submission (id)
);

CREATE TABLE it_park (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  province_id integer NOT NULL REFERENCES admin_unit (id),
  area_ha double precision NOT NULL CHECK (area_ha >= 0),
  status text NOT NULL CHECK (status IN ('planned', 'building', 'operating')),
  bandwidth_gbps double precision CHECK (bandwidth_gbps IS NULL OR bandwidth_gbps >= 0),
  synthetic boolean NOT NULL,
  submission_id integer REFERENCES submission (id)
);

CREATE TABLE postal_facility (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  type text NOT NULL CHECK (type IN ('regional_centre', 'zone_centre', 'provincial_centre', 'post_office')),
  geom geometry(Point, 4326) NOT NULL,
  commune_id integer NOT NULL REFERENCES admin_unit (id),
  capacity_tonnes_per_day double precision CHECK (capacity_tonnes_per_day IS NULL OR capacity_tonnes_per_day >= 0),
  synthetic boolean NOT NULL,
  submission_id integer REFERENCES submission (id)
);

CREATE TABLE network_connection (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_code text NOT NULL UNIQUE,
  agency_name text NOT NULL,
  commune_id integer NOT NULL REFERENCES admin_unit (id),
  is_commune_peoples_committee boolean NOT NULL,
  connected boolean NOT NULL,
  connected_on date,
  synthetic boolean NOT NULL,
  submission_id integer REFERENCES submission (id)
);

-- Coverage of each village from the latest computation run: one row per village, technologies as a
-- bitmask (2G = 1, 3G = 2, 4G = 4, 5G = 8) and, per technology in that order, the nearest site offering
-- it (the nearest covering one when covered) and its distance, for gap lists.
CREATE TABLE village_coverage (
  village_id integer PRIMARY KEY REFERENCES village (id) ON DELETE CASCADE,
  covered_mask smallint NOT NULL CHECK (covered_mask BETWEEN 0 AND 15),
  nearest_site_ids integer[] NOT NULL,
  nearest_distances_m double precision[] NOT NULL,
  run_id integer NOT NULL REFERENCES computation_run (id)
);
CREATE INDEX village_coverage_mask ON village_coverage (covered_mask);
