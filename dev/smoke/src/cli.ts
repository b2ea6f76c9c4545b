// npm run smoke [-- --json]: see smoke.ts and README ("Smoke test against a real account").
import path from 'node:path';
import { smokeConfigFromEnv } from './config';
import { formatReport, succeeded } from './report';
import { runSmoke, SmokeAborted } from './smoke';

const FUNCTION_ENTRY = path.resolve(__dirname, '../../../src/app/functions/create-meeting.js');

async function main(): Promise<number> {
  const parsed = smokeConfigFromEnv(process.env);
  if (!parsed.ok) {
    console.error(`smoke refused: ${parsed.reason}`);
    return 2;
  }
  const json = process.argv.includes('--json');
  try {
    const report = await runSmoke(parsed.config, {
      functionEntry: FUNCTION_ENTRY,
      log: (line) => console.error(`smoke: ${line}`),
    });
    console.log(json ? JSON.stringify(report, null, 2) : formatReport(report));
    return succeeded(report) ? 0 : 1;
  } catch (error) {
    if (error instanceof SmokeAborted) {
      console.error(`smoke stopped: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
