// Command line: node --import tsx dev/emulator/src/cli.ts --port 4010 [--host 127.0.0.1] [--state .data/emulator.json]
//   [--search-lag realistic|instant|<ms>|<json>] [--object-read-lag ...] [--association-read-lag ...] [--lag-seed 1]
//   [--search-index-delay-ms 3000] [--fault <rule json>]... [--no-rate-limit] [--token-ttl 1800] [--log]
import { parseArgs } from 'node:util';
import { parseLagArgument, type LagOptions } from './lag';
import { startEmulator, type FaultRule } from './index';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      state: { type: 'string' },
      'search-index-delay-ms': { type: 'string' },
      'search-lag': { type: 'string' },
      'object-read-lag': { type: 'string' },
      'association-read-lag': { type: 'string' },
      'lag-seed': { type: 'string' },
      fault: { type: 'string', multiple: true },
      'no-rate-limit': { type: 'boolean', default: false },
      'token-ttl': { type: 'string', default: '1800' },
      log: { type: 'boolean', default: false },
    },
  });
  const lag: LagOptions = {};
  if (values['search-lag']) lag.search = parseLagArgument(values['search-lag'], '--search-lag');
  if (values['object-read-lag'])
    lag.objectRead = parseLagArgument(values['object-read-lag'], '--object-read-lag');
  if (values['association-read-lag'])
    lag.associationRead = parseLagArgument(values['association-read-lag'], '--association-read-lag');
  if (values['lag-seed'] !== undefined) lag.seed = Number(values['lag-seed']);
  const faults = (values.fault ?? []).map((text) => JSON.parse(text) as FaultRule);
  const emu = await startEmulator({
    host: values.host,
    port: Number(values.port),
    stateFile: values.state,
    searchIndexDelayMs:
      values['search-index-delay-ms'] === undefined ? undefined : Number(values['search-index-delay-ms']),
    lag,
    faults,
    oauthAccessTokenTtlSeconds: Number(values['token-ttl']),
    ...(values['no-rate-limit'] ? { rateLimit: false as const, searchRateLimit: false as const } : {}),
    logger: values.log,
  });
  const state = (await (await fetch(`${emu.url}/__emulator/state`)).json()) as {
    tokens: Array<{ token: string; portalId: number; label?: string; scopes: string[] }>;
    oauthApps: Array<{ clientId: string; redirectUrls: string[] }>;
  };
  // These are the emulator's made-up tokens, not secrets: printing them is the point.
  console.log(`HubSpot emulator listening on ${emu.url}${values.state ? ` (state: ${values.state})` : ''}`);
  for (const t of state.tokens) console.log(`  token ${t.token}  portal ${t.portalId}  ${t.label ?? ''}`);
  for (const a of state.oauthApps)
    console.log(`  oauth app client_id ${a.clientId}  redirect ${a.redirectUrls.join(', ')}`);
  console.log(`  lags: ${JSON.stringify(emu.lag.get())}`);
  console.log(
    `  consent page: ${emu.url}/oauth/authorize?client_id=...  control: ${emu.url}/__emulator/state`,
  );
  const stop = () => {
    void emu.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
