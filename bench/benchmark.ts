/** One benchmark: our way against a baseline measured in the same run (see DESIGN.md, Benchmarks). */
export interface BenchmarkResult {
  /** Median of `n` runs of ours. */
  value: number;
  unit: 's' | 'ms';
  baseline_value: number;
  n: number;
  /** Sizes and conditions, so a figure can be read without the code. */
  note: string;
}

export interface Benchmark {
  name: string;
  baseline: string;
  run(): Promise<BenchmarkResult>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Milliseconds taken by `work`. */
export async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}
