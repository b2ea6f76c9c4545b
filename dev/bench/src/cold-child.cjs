// One cold start, in a fresh Node process: require a built app function, call main(context) once,
// report the times and the process's peak RSS, exit. Plain CommonJS with no loader, so nothing
// but Node itself runs before the function is required.
// argv: <bundle path> <context JSON>; env: HUBSPOT_API_BASE_URL, PRIVATE_APP_ACCESS_TOKEN.
'use strict';
const { performance } = require('node:perf_hooks');

const [bundle, contextJson] = process.argv.slice(2);
const context = JSON.parse(contextJson);
const loadStart = performance.now();
const fn = require(bundle);
const loaded = performance.now();
fn.main(context).then(
  (result) => {
    const done = performance.now();
    const report = {
      loadMs: loaded - loadStart,
      mainMs: done - loaded,
      totalMs: done - loadStart,
      sinceProcessStartMs: done,
      ok: Boolean(result && result.ok),
      maxRssKb: process.resourceUsage().maxRSS,
    };
    process.stdout.write(`BENCH_RESULT ${JSON.stringify(report)}\n`);
    // Keep-alive sockets would hold the process open for seconds; the measurement is done.
    process.exit(0);
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exit(1);
  },
);
