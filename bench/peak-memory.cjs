// Preloaded (`node --require`) into a CLI run the benchmark measures: at exit, writes the process's
// peak resident set size in KiB (worker threads included) to the file TEAM_CHARTER_BENCH_PEAK names.
const fs = require('node:fs');

const target = process.env.TEAM_CHARTER_BENCH_PEAK;
if (target) process.on('exit', () => fs.writeFileSync(target, String(process.resourceUsage().maxRSS)));
