#!/usr/bin/env node
'use strict';
// The scorecard command. Its code is compiled from src/cli by `npm run build:cli` (run by `npm ci`).
require('../lib/cli/main.js').main();
