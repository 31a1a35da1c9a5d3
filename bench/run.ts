import type { Benchmark } from './benchmark.ts';
import { coverageIncremental } from './coverage-incremental.bench.ts';
import { coverageNational } from './coverage-national.bench.ts';
import { importSites } from './import-sites.bench.ts';
import { indicatorsRollup } from './indicators-rollup.bench.ts';
import { unitsResolve } from './units-resolve.bench.ts';
import { webFirstLoad } from './web-first-load.bench.ts';

/** Every benchmark; `npm run bench -- NAME` runs the ones whose name starts with NAME. */
export const BENCHMARKS: Benchmark[] = [
  unitsResolve,
  indicatorsRollup,
  coverageNational,
  coverageIncremental,
  importSites,
  webFirstLoad,
];

export async function runBenchmarks(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const filters = args.filter((a) => !a.startsWith('--'));
  const selected = BENCHMARKS.filter(
    (b) => filters.length === 0 || filters.some((f) => b.name.startsWith(f)),
  );
  if (selected.length === 0) {
    process.stderr.write(
      `Không có benchmark nào tên "${filters.join(' ')}". Có: ${BENCHMARKS.map((b) => b.name).join(', ')}\n`,
    );
    return 2;
  }
  for (const benchmark of selected) {
    if (!json) process.stderr.write(`… ${benchmark.name}\n`);
    const result = await benchmark.run();
    // > 1 means ours is faster than the baseline measured in the same run.
    const ratio = Number((result.baseline_value / result.value).toFixed(2));
    const line = { name: benchmark.name, ...result, baseline: benchmark.baseline, ratio };
    if (json) {
      process.stdout.write(`${JSON.stringify(line)}\n`);
    } else {
      process.stdout.write(
        `${benchmark.name}: ${result.value.toFixed(3)} ${result.unit} (median of ${result.n}); ` +
          `${benchmark.baseline}: ${result.baseline_value.toFixed(3)} ${result.unit}; ratio ${ratio}×\n  ${result.note}\n`,
      );
    }
  }
  return 0;
}
