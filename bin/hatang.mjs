#!/usr/bin/env node
// The `hatang` command. Runs the TypeScript sources through tsx, so `npm ci` is the whole install.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
