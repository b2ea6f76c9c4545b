// `npm start`: the workbench on one port. Options: --mode private|marketplace (default private),
// --port <n> (or PORT), --host, --state <file>, --search-lag realistic|instant|<ms>|<json> (default realistic),
// --search-index-delay-ms <ms> (same as --search-lag <ms>). HUBSPOT_API_BASE_URL + PRIVATE_APP_ACCESS_TOKEN switch from the
// emulator to a real HubSpot account.
import { parseArgs } from 'node:util';
import { parseLagArgument } from '@meeting-card/hubspot-emulator';
import { WorkbenchError } from './errors';
import { startWorkbench, type Distribution } from './server';

const DISTRIBUTIONS: readonly Distribution[] = ['private', 'marketplace'];

function searchLag(text: string) {
  try {
    return parseLagArgument(text, '--search-lag');
  } catch (error) {
    throw new WorkbenchError((error as Error).message);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mode: { type: 'string', default: 'private' },
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      state: { type: 'string' },
      'search-index-delay-ms': { type: 'string' },
      'search-lag': { type: 'string' },
    },
  });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new WorkbenchError(`Not a port number: ${values.port ?? process.env.PORT}`);
  const distribution = values.mode as Distribution;
  if (!DISTRIBUTIONS.includes(distribution))
    throw new WorkbenchError(`Not a mode: ${values.mode} (one of ${DISTRIBUTIONS.join(', ')}).`);
  const workbench = await startWorkbench({
    distribution,
    port,
    host: values.host,
    stateFile: values.state,
    searchIndexDelayMs:
      values['search-index-delay-ms'] === undefined ? undefined : Number(values['search-index-delay-ms']),
    lag: values['search-lag'] === undefined ? undefined : { search: searchLag(values['search-lag']) },
  });
  console.log(`Meeting Card workbench: ${workbench.url}`);
  console.log(
    workbench.mode === 'emulator'
      ? `  HubSpot API: the built-in emulator (portal 1001, data in .data/), faults and reset on the page`
      : `  HubSpot API: ${process.env.HUBSPOT_API_BASE_URL} (a real account: bookings send real invites)`,
  );
  if (workbench.emulator)
    console.log(
      `  Search lag of new meetings: ${JSON.stringify(workbench.emulator.lag.get().search)} (--search-lag realistic|instant|<ms>, or the fault panel)`,
    );
  if (workbench.marketplace) {
    const install = await workbench.marketplace.installStatus();
    console.log(
      `  Mode: marketplace (the marketplace card, hubspot.fetch signed and sent to the backend at ${workbench.marketplace.backend.origin}, in this process)`,
    );
    console.log(
      `  OAuth install in portal 1001: ${install.installed ? 'installed' : `NOT installed: ${install.message}`}`,
    );
  } else {
    console.log(
      '  Mode: private (app functions); npm start -- --mode marketplace runs the marketplace build',
    );
  }
  console.log('  Ctrl+C to stop');
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the workbench…');
    workbench.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof WorkbenchError) {
    console.error(`workbench: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
