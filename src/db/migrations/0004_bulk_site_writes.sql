-- A submission may bring up to a million sites (bench import.sites). Measured on PostgreSQL 15 +
-- PostGIS 3.3 here (2 cores), per 100,000 sites: the two foreign keys' per-row triggers cost 1.15 s
-- of a 2.6 s insert, and the GiST index on the position ~0.8 s of a 2.5 s COPY.
--
-- Foreign keys: the rows they point at are never deleted (unit versions and submissions are kept as
-- history), and the writer takes unit ids from the unit catalogue and the submission id from its own
-- transaction; so for mobile sites the application keeps these references
-- (src/db/inventory/inventory-writer.ts), and test/db/inventory-references.test.ts checks them.
ALTER TABLE mobile_site DROP CONSTRAINT mobile_site_commune_id_fkey;
ALTER TABLE mobile_site DROP CONSTRAINT mobile_site_submission_id_fkey;

-- Indexes no query uses: coverage is computed in TypeScript over every operating site, and the
-- aggregates scan the table. A map or search that needs a spatial or per-commune lookup of sites adds
-- its index with the query, measured.
DROP INDEX mobile_site_geom;
DROP INDEX mobile_site_commune;

-- A site's key (operator, site code) compared byte by byte: codes are identifiers, not words to sort
-- (equality is the same), and the locale-aware comparison of the default collation cost 40 % of a
-- million-row COPY (12.8 s → 7.8 s measured). `ON CONFLICT (operator, site_code)` infers this index.
ALTER TABLE mobile_site DROP CONSTRAINT mobile_site_operator_site_code_key;
CREATE UNIQUE INDEX mobile_site_key ON mobile_site (operator COLLATE "C", site_code COLLATE "C");
