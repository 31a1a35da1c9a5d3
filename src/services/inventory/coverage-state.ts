import type { CoverageFingerprintRow } from '../../db/inventory/coverage-repository.ts';
import type { UnitCatalogue } from '../units/units-service.ts';
import type { IndicatorCache } from './computed-indicator-writer.ts';
import type { Computed } from './coverage-computation.ts';

/**
 * The coverage `CoverageService` keeps in memory between calls, and the check that the database is
 * still what it reflects plus the submission at hand (else it cannot be updated, only recomputed).
 */

/**
 * What the database held when the state was computed: the state's own run (no other may follow)
 * and the approved submissions (count and highest id) it includes.
 */
interface Fingerprint {
  runId: number;
  approved: number;
  maxApproved: number;
}

export interface CoverageState extends Computed {
  fingerprint: Fingerprint;
  /** The indicators of the last period written, if the state wrote or checked them. */
  indicators: IndicatorCache | null;
}

/** Why the state cannot be updated for this submission, or null when it can. */
export function staleness(
  state: CoverageState | null,
  seen: CoverageFingerprintRow,
  catalogue: UnitCatalogue,
): string | null {
  if (state === null) return 'no coverage in memory';
  if (state.catalogue !== catalogue) return 'units reloaded';
  const f = state.fingerprint;
  if (seen.previousRun !== f.runId) return 'another computation ran since';
  if (seen.otherApproved !== f.approved || seen.otherMaxApproved !== f.maxApproved) {
    return 'other submissions since';
  }
  // Equal counts of the other approved submissions mean the state holds exactly those (approval is
  // final, nothing is deleted), so not this one, whatever its id: reviews approve files in any order.
  return null;
}

export function fingerprintAfter(runId: number, seen: CoverageFingerprintRow): Fingerprint {
  return { runId, approved: seen.approved, maxApproved: seen.maxApproved };
}
