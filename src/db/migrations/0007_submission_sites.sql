-- Site lists kept with their submission in typed columns rather than as JSON in submission_row
-- (issue 4's commit goal, lost by issue 5's JSON staging). Measured at 300,000 rows on PostgreSQL 15:
-- COPY 1.4 s here against 2.5 s into jsonb, and making them current 2.1 s with one INSERT … SELECT
-- against 8.6 s reading the JSON back through the application. Other dataset types stay in
-- submission_row. Frozen once landed.

CREATE TABLE submission_site (
  submission_id integer NOT NULL REFERENCES submission (id),
  seq integer NOT NULL,
  province_code text,
  operator text NOT NULL,
  site_code text NOT NULL COLLATE "C",
  lon double precision NOT NULL,
  lat double precision NOT NULL,
  commune_code text NOT NULL,
  carriers jsonb NOT NULL,
  technologies text[] NOT NULL,
  antenna_height_m double precision,
  shared boolean NOT NULL,
  tenants text[] NOT NULL,
  status text NOT NULL,
  on_air_date date,
  decommissioned_date date,
  synthetic boolean NOT NULL,
  PRIMARY KEY (submission_id, seq)
);

-- Every kept row of every type, as submission_row shapes it: the record key and the validated row as
-- JSON (for sites, the same object the JSON staging held), for the report pages and version comparison.
CREATE VIEW submission_kept_row AS
  SELECT submission_id, seq, record_key, province_code, data FROM submission_row
  UNION ALL
  SELECT submission_id, seq, site_code, province_code,
    jsonb_build_object(
      'siteCode', site_code, 'operator', operator,
      'position', jsonb_build_object('lon', lon, 'lat', lat),
      'communeCode', commune_code, 'carriers', carriers, 'antennaHeightM', antenna_height_m,
      'shared', shared, 'tenants', to_jsonb(tenants), 'status', status,
      'onAirDate', on_air_date, 'decommissionedDate', decommissioned_date, 'synthetic', synthetic)
  FROM submission_site;
