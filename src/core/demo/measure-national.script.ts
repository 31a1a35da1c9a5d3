/**
 * Script, not a test: `npx tsx src/core/demo/measure-national.script.ts [seed] [--constants]`.
 * Generates the national inventory from the 3,321 communes, prints the time taken and the
 * calibration table; with `--constants`, prints freshly fitted normalization constants instead.
 */

import { profileOf } from './commune.ts';
import { generateDemoInventory } from './generate.ts';
import { loadCommunes } from './load-communes.test-helper.ts';
import { fitNormalization } from './normalization.ts';
import { VIETNAM_2025 } from './parameters.ts';

const args = process.argv.slice(2);
const seed = Number(args.find((a) => /^\d+$/.test(a)) ?? 1);
const communes = loadCommunes();
if (args.includes('--constants')) {
  const n = fitNormalization(
    communes.map((c) => profileOf(c, VIETNAM_2025)),
    VIETNAM_2025,
  );
  console.log(JSON.stringify(n, null, 2));
} else {
  const t0 = performance.now();
  const inv = generateDemoInventory({ seed, communes });
  const ms = performance.now() - t0;
  console.log(`national inventory, seed ${seed}: ${ms.toFixed(0)} ms (${communes.length} communes)`);
  console.log(
    `villages ${inv.villages.length}, sites ${inv.mobileSites.length}, fixed-broadband rows ${inv.fixedBroadband.length}`,
  );
  console.log(JSON.stringify(inv.calibration.placement));
  for (const r of inv.calibration.rows) {
    const fmt = (x: unknown): string => (typeof x === 'object' && x !== null ? JSON.stringify(x) : String(x));
    console.log(
      [r.key, r.scope, fmt(r.target), fmt(r.expected), fmt(r.produced), fmt(r.withinTolerance)].join(' | '),
    );
  }
}
