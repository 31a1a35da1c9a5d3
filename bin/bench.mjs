#!/usr/bin/env node
// `npm run bench [-- --json] [-- NAME]`: runs the benchmarks in bench/ (TypeScript, through tsx).
import { register } from 'tsx/esm/api';

register();
const { runBenchmarks } = await import('../bench/run.ts');
process.exitCode = await runBenchmarks(process.argv.slice(2));
