/**
 * The demo inventory generator: seeded, calibrated, synthetic villages, mobile sites, fixed broadband,
 * data centres, IT parks, postal facilities and TSLCD connections inside the real 2025 communes.
 * See DEMO-DATA.md for the model, the sources and the assumptions.
 */
export type { CalibrationReport, CalibrationRow } from './calibration.ts';
export type { DemoCommuneInput } from './commune.ts';
export {
  type DemoInventory,
  type DemoInventoryInput,
  type DemoOptions,
  generateDemoInventory,
} from './generate.ts';
export type { PolygonInput } from './geometry.ts';
export { fitNormalization, type Normalization } from './normalization.ts';
export { VIETNAM_2025_NORMALIZATION } from './normalization-constants.ts';
export {
  type Anchor,
  BAC_KAN_ANCHOR,
  BAC_KAN_COMMUNES,
  type DemoParameters,
  type Sourced,
  VIETNAM_2025,
} from './parameters.ts';
