// Bytes the card sends across the remote-ui bridge per keystroke in its title field, with 1,000
// owners in the account (900 active, so the attendee list holds 900 options). Measured in the
// workbench host: the unmodified card in Debian's Chromium, the real form-options function and the
// emulator seeded with 1,000 owners. The host's bridge meter (dev/workbench/host/bridge-meter.ts)
// counts the JSON of every remote-ui message as @remote-ui/rpc would post it from HubSpot's worker.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { seedWithOwners } from '@meeting-card/hubspot-emulator';
import type { BridgeTotals } from '../../../workbench/host/bridge-meter';
import { startWorkbench } from '../../../workbench/src/server';
import { CHROMIUM_PATH } from '../paths';
import { pendingRow, type BenchRow } from '../row';
import { formatBytes, spread } from '../stats';

const ID = 'bridge-bytes';
const FIGURE = 'bridge bytes per title keystroke (1,000 owners, workbench host)';
/** Decimal, the stricter reading of "2 KB" (as the card bundle's targets). */
const MAX_BYTES_PER_KEYSTROKE = 2_000;
const TARGET = `≤ ${MAX_BYTES_PER_KEYSTROKE.toLocaleString('en-US')} B per keystroke`;
const OWNERS = 1_000;
/** seedWithOwners: user 700001 is owner 900001 (active). */
const ORGANIZER_USER_ID = '700001';
const CONTACT_ID = '101';
const TYPED = 'Quarterly pipeline review with the buying committee';
/** The card's updates are asynchronous (React, remote-ui): a keystroke is over when nothing is sent for this long. */
const QUIET_MS = 400;
const QUIET_POLL_MS = 50;
const SETTLE_LIMIT_MS = 10_000;

/** Exact bytes while small (the target is 2,000 B), KB past that. */
const bytesText = (bytes: number) =>
  bytes < 10_000 ? `${Math.round(bytes).toLocaleString('en-US')} B` : formatBytes(bytes);

const totals = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __workbenchBridge: { totals(): BridgeTotals } }).__workbenchBridge.totals(),
  );

/** Waits until the card has sent nothing for QUIET_MS (or SETTLE_LIMIT_MS passed); answers the totals. */
async function settled(page: Page): Promise<BridgeTotals> {
  const started = Date.now();
  let last = await totals(page);
  let quietSince = Date.now();
  while (Date.now() - quietSince < QUIET_MS && Date.now() - started < SETTLE_LIMIT_MS) {
    await page.waitForTimeout(QUIET_POLL_MS);
    const now = await totals(page);
    if (now.messages !== last.messages) {
      last = now;
      quietSince = Date.now();
    }
  }
  return last;
}

export interface BridgeBytesPoint {
  perKeystroke: number[];
  commitBytes: number;
  mountBytes: number;
  mountMessages: number;
  attendeeOptions: number;
}

async function measure(page: Page, url: string, keystrokes: number): Promise<BridgeBytesPoint> {
  await page.goto(`${url}/?contact=${CONTACT_ID}&user=${ORGANIZER_USER_ID}&locale=en`);
  const card = page.getByTestId('card');
  const title = card.getByLabel('Title', { exact: true });
  await title.waitFor({ timeout: 30_000 });
  // The owners are loaded when the attendee list holds them (the card's checkboxes, past the reminders).
  const checkboxes = card.getByRole('checkbox');
  const started = Date.now();
  while ((await checkboxes.count()) < OWNERS * 0.8 && Date.now() - started < 30_000)
    await page.waitForTimeout(200);
  // The host renders a MultiSelect as a group of checkboxes named by its label.
  const attendeeOptions = await card.getByRole('group', { name: 'Attendees' }).getByRole('checkbox').count();
  const mounted = await settled(page);

  await title.click();
  await page.keyboard.press('End');
  const perKeystroke: number[] = [];
  let before = mounted;
  for (const character of TYPED.slice(0, keystrokes)) {
    await page.keyboard.type(character);
    const after = await settled(page);
    perKeystroke.push(after.bytes - before.bytes);
    before = after;
  }
  // Leaving the field commits it (onChange): what that sends is reported beside the keystrokes.
  await title.blur();
  const committed = await settled(page);
  return {
    perKeystroke,
    commitBytes: committed.bytes - before.bytes,
    mountBytes: mounted.bytes,
    mountMessages: mounted.messages,
    attendeeOptions,
  };
}

export async function bridgeBytesRow(options: { keystrokes: number }): Promise<BenchRow> {
  if (!existsSync(CHROMIUM_PATH))
    return pendingRow(
      ID,
      FIGURE,
      TARGET,
      `needs Debian's Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`,
    );
  const tmp = mkdtempSync(join(tmpdir(), 'bench-bridge-'));
  const workbench = await startWorkbench({
    port: 0,
    stateFile: join(tmp, 'emulator.json'),
    env: {},
    seed: seedWithOwners(OWNERS),
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const point = await measure(page, workbench.url, options.keystrokes);
    const bytes = spread(point.perKeystroke);
    const met = bytes.max <= MAX_BYTES_PER_KEYSTROKE;
    return {
      id: ID,
      figure: FIGURE,
      result: `median ${bytesText(bytes.median)}, max ${bytesText(bytes.max)} per keystroke (${bytes.n} keystrokes); leaving the field ${bytesText(point.commitBytes)}; loading the form ${bytesText(point.mountBytes)} in ${point.mountMessages} messages (${point.attendeeOptions} attendee options)`,
      target: TARGET,
      met,
      note: met
        ? undefined
        : 'the card re-sends props whose identity changed on every render (remote-ui re-sends any array of objects it is handed)',
      data: { ...point, perKeystrokeSpread: bytes },
    };
  } finally {
    await browser.close();
    await workbench.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
