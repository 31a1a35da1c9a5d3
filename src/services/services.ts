import type { Database } from '../db/database.ts';
import { type Clock, systemClock } from './clock.ts';
import { HealthService } from './health-service.ts';
import { ObservationsService } from './plans/observations-service.ts';
import { PlansService } from './plans/plans-service.ts';
import { UnitsService } from './units/units-service.ts';

/** Every use case, wired to one database. HTTP routes and CLI commands receive this. */
export interface Services {
  db: Database;
  units: UnitsService;
  health: HealthService;
  plans: PlansService;
  observations: ObservationsService;
}

export function createServices(db: Database, clock: Clock = systemClock()): Services {
  const units = new UnitsService(db, clock);
  return {
    db,
    units,
    health: new HealthService(db, units),
    plans: new PlansService(db, units),
    observations: new ObservationsService(db, units),
  };
}
