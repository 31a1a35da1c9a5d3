import type { Database } from '../db/database.ts';
import { AuditService } from './auth/audit-service.ts';
import { AuthService } from './auth/auth-service.ts';
import { UsersService } from './auth/users-service.ts';
import { BackgroundStatus } from './background-status.ts';
import { type Clock, systemClock } from './clock.ts';
import { HealthService } from './health-service.ts';
import { CoverageService } from './inventory/coverage-service.ts';
import { GapsService } from './inventory/gaps-service.ts';
import { ImportService } from './inventory/import-service.ts';
import { SubmissionsService } from './inventory/submissions-service.ts';
import { MapService } from './map/map-service.ts';
import { ConsistencyService } from './plans/consistency-service.ts';
import { ObservationsService } from './plans/observations-service.ts';
import { PlansService } from './plans/plans-service.ts';
import { ProgressService } from './plans/progress-service.ts';
import { UnitIndicatorsService } from './plans/unit-indicators-service.ts';
import { UnitsService } from './units/units-service.ts';

/** Every use case, wired to one database. HTTP routes and CLI commands receive this. */
export interface Services {
  db: Database;
  units: UnitsService;
  health: HealthService;
  plans: PlansService;
  observations: ObservationsService;
  progress: ProgressService;
  consistency: ConsistencyService;
  unitIndicators: UnitIndicatorsService;
  background: BackgroundStatus;
  coverage: CoverageService;
  gaps: GapsService;
  imports: ImportService;
  submissions: SubmissionsService;
  map: MapService;
  auth: AuthService;
  users: UsersService;
  audit: AuditService;
}

export function createServices(
  db: Database,
  clock: Clock = systemClock(),
  background: BackgroundStatus = new BackgroundStatus(),
): Services {
  const units = new UnitsService(db, clock);
  const plans = new PlansService(db, units);
  const coverage = new CoverageService(db, units);
  const submissions = new SubmissionsService(db, units, coverage);
  return {
    db,
    units,
    health: new HealthService(db, units, background),
    plans,
    observations: new ObservationsService(db, units),
    progress: new ProgressService(db, units, plans),
    consistency: new ConsistencyService(units, plans),
    unitIndicators: new UnitIndicatorsService(db, units, plans),
    background,
    coverage,
    gaps: new GapsService(db, units),
    imports: new ImportService(db, units, submissions),
    submissions,
    map: new MapService(db, units),
    auth: new AuthService(db),
    users: new UsersService(db, units),
    audit: new AuditService(db),
  };
}
