#!/usr/bin/env node
'use strict';
// The scorecard command. Its code is compiled from src/cli into lib/ by `npm run build:cli` (run by `npm ci`).
let cli;
try {
  // Before the command's modules load: V8's young generation kept small (src/cli/heap.ts, issue 10).
  require('../lib/cli/heap.js').keepYoungGenerationSmall();
  cli = require('../lib/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && /lib[\\/]cli[\\/](main|heap)\.js/.test(e.message)) {
    process.stderr.write('scorecard: the command is not built yet: run `npm run build:cli` (npm ci does it).\n');
    process.exit(3);
  }
  throw e;
}
cli.main();
