// Runs the HubSpot emulator in its own process, so its CPU time is not charged to the code being
// measured (this machine has two cores). Started by emulator-client.ts with fork(); options arrive
// as JSON in argv[2]; the emulator's URL goes back over IPC; the process ends when its parent does.
import {
  cloneSeed,
  defaultSeed,
  seedWithOwners,
  startEmulator,
  type LagOptions,
} from '@meeting-card/hubspot-emulator';

export interface EmulatorProcessOptions {
  /** Replace the Acme account's users and owners with this many generated ones. */
  owners?: number;
  searchIndexDelayMs?: number;
  /** The emulator's lags (search, objectRead, associationRead, seed); `lag.search` wins over searchIndexDelayMs. */
  lag?: LagOptions;
  /** Also allowed as the OAuth app's redirect URL (the bench backend's public callback). */
  extraRedirectUrl?: string;
}

function seedFor(options: EmulatorProcessOptions) {
  const seed = options.owners === undefined ? cloneSeed(defaultSeed) : seedWithOwners(options.owners);
  if (options.extraRedirectUrl)
    for (const app of seed.oauthApps) app.redirectUrls = [...app.redirectUrls, options.extraRedirectUrl];
  return seed;
}

async function run(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as EmulatorProcessOptions;
  const emulator = await startEmulator({
    port: 0,
    seed: seedFor(options),
    // Rate limits are off: the bench measures our code, not HubSpot's quotas.
    rateLimit: false,
    searchRateLimit: false,
    searchIndexDelayMs: options.searchIndexDelayMs ?? 0,
    lag: options.lag,
  });
  process.send?.({ url: emulator.url });
  process.on('disconnect', () => {
    void emulator.close().finally(() => process.exit(0));
  });
}

run().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
