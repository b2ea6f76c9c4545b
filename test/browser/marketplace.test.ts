// The marketplace build end to end, in Debian's chromium: the unmodified marketplace card, its
// hubspot.fetch through the workbench's stand-in for HubSpot's proxy (signed, resent once on a
// failure), the real backend in-process on a SQLite file, installed through the real OAuth flow
// against the HubSpot API emulator.
import type { Page } from 'playwright-core';
import { DEMO_OAUTH_APP } from '@meeting-card/hubspot-emulator';
import { expect as pwExpect } from './pw-expect';
import { describeInBrowser, isoDateInDays, openHarness, type BrowserHarness } from './test-support';

jest.setTimeout(90_000);

const CREATE_ROUTE = '/scheduler/2026-03/meetings/calendar';
const MARIA = '101';
const PORTAL = 1001;

interface EmulatorInstall {
  appId: number;
  portalId: number;
  userId: string;
  active: boolean;
}

describeInBrowser('the workbench in marketplace mode', () => {
  let harness: BrowserHarness;
  let page: Page;

  beforeAll(async () => {
    harness = await openHarness({ distribution: 'marketplace' });
  });
  afterAll(async () => harness?.close());
  beforeEach(async () => {
    // What "Reset demo data" does: the emulator back to its seed, then the app installed again.
    const reset = await fetch(`${harness.workbench.url}/api/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(reset.status).toBe(200);
    harness.workbench.marketplace?.proxy.resetAttempts();
    page = await harness.newPage();
  });
  afterEach(async () => page?.close());

  const card = () => page.getByTestId('card');
  const timeline = () => page.getByRole('list', { name: 'Activity timeline' });
  const meetingsOf = (contactId: string) =>
    (harness.workbench.emulator?.meetings() ?? []).filter((m) => m.associations.contacts.includes(contactId));
  const createAttempts = () =>
    harness.workbench.marketplace?.proxy.attempts('POST', '/api/meetings').map((a) => a.outcome);

  async function emulatorInstalls(): Promise<EmulatorInstall[]> {
    const state = (await (await fetch(`${harness.workbench.emulator?.url}/__emulator/state`)).json()) as {
      installs: EmulatorInstall[];
    };
    return state.installs.filter((i) => i.appId === DEMO_OAUTH_APP.appId && i.active);
  }

  async function open(query: string) {
    await page.goto(`${harness.workbench.url}/?${query}`);
    await pwExpect(card().getByRole('button', { name: 'Book meeting' })).toBeVisible();
  }

  async function book(daysAhead: number, time: string) {
    await card().getByLabel('Date', { exact: true }).fill(isoDateInDays(daysAhead));
    await card().getByLabel('Start time', { exact: true }).fill(time);
    await card().getByRole('button', { name: 'Book meeting' }).click();
  }

  test('a rep books a meeting with the defaults through the backend and sees it on the timeline', async () => {
    await open(`contact=${MARIA}&user=7001&locale=en`);
    await pwExpect(page.getByTestId('distribution-badge')).toHaveText(
      'Marketplace app · hubspot.fetch → backend',
    );
    await pwExpect(page.getByRole('status', { name: 'Install status' })).toHaveText(
      'Meeting Card is installed in this account.',
    );
    await pwExpect(card().getByLabel('Title', { exact: true })).toHaveValue('Meeting with Maria Oliveira');
    await pwExpect(page.getByText('No meetings with this contact yet.')).toBeVisible();
    // Maria's open deal, from the deals request the card sends beside the main load (the closed one is not offered).
    const deal = card().getByLabel('Deal', { exact: true });
    await pwExpect(deal.locator('option', { hasText: 'Cliente Ltda pilot' })).toHaveCount(1);
    await pwExpect(deal.locator('option', { hasText: 'Cliente Ltda 2025 expansion' })).toHaveCount(0);

    await book(14, '14:30');

    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');
    await pwExpect(timeline().getByRole('listitem')).toHaveCount(1);
    await pwExpect(timeline().getByRole('heading', { name: 'Meeting with Maria Oliveira' })).toBeVisible();
    // The card's create went through the signed proxy to the backend once, and was accepted.
    expect(createAttempts()).toEqual([200]);
    // The emulator holds one meeting, in the account the OAuth install (through the backend) is for.
    const installs = await emulatorInstalls();
    expect(installs.map((i) => i.portalId)).toEqual([PORTAL]);
    const stored = meetingsOf(MARIA);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.portalId).toBe(installs[0]?.portalId);
    expect(stored[0]?.organizerUserId).toBe('7001');
    expect(harness.workbench.emulator?.callCount('POST', CREATE_ROUTE)).toBe(1);
  });

  test('after the account uninstalls the app, the card says so at load, and the install button connects it again', async () => {
    // The customer removes the app in HubSpot: the emulator drops the OAuth grant.
    const revoke = await fetch(`${harness.workbench.emulator?.url}/__emulator/oauth/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ portalId: PORTAL, clientId: DEMO_OAUTH_APP.clientId }),
    });
    expect(((await revoke.json()) as { revoked: number }).revoked).toBeGreaterThan(0);
    await page.goto(`${harness.workbench.url}/?contact=${MARIA}&user=7001&locale=en`);
    await pwExpect(page.getByRole('status', { name: 'Install status' })).toHaveText(
      'Not installed: The app was uninstalled from portal 1001.',
    );
    const NOT_INSTALLED =
      'Meeting Card is not installed here any more, or its access was removed. Ask a HubSpot admin to install it again.';
    const problem = card().getByTestId('install-problem');
    const bookButton = card().getByRole('button', { name: 'Book meeting' });
    await pwExpect(problem.or(bookButton)).toBeVisible();
    if (await bookButton.isVisible()) {
      // The backend answered the form options from its cache with a token it still held: it learns
      // of the uninstall on the booking, which HubSpot refuses; nothing is booked.
      await book(9, '09:00');
      await pwExpect(card().getByTestId('booking-failure')).toContainText(NOT_INSTALLED);
      await page.reload();
    }
    // Once the backend knows, the form options fail that way: the card says so at load, with what
    // to do, and offers no form that would fail on submit.
    await pwExpect(problem).toContainText(NOT_INSTALLED);
    await pwExpect(bookButton).toHaveCount(0);
    expect(meetingsOf(MARIA)).toHaveLength(0);
    expect(await harness.workbench.marketplace?.backend.isInstalled(PORTAL)).toBe(false);

    await page.getByRole('button', { name: 'Install Meeting Card' }).click();
    await pwExpect(page.getByRole('status', { name: 'Install status' })).toHaveText(
      'Meeting Card is installed in this account.',
    );
    // The workbench may keep the card mounted across the install: then "Check again" loads the form.
    const checkAgain = card().getByRole('button', { name: 'Check again' });
    await pwExpect(bookButton.or(checkAgain)).toBeVisible();
    if (await checkAgain.isVisible()) await checkAgain.click();
    await pwExpect(bookButton).toBeVisible();
    await book(9, '10:00');
    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');
    expect(meetingsOf(MARIA)).toHaveLength(1);
    expect((await emulatorInstalls()).map((i) => i.portalId)).toEqual([PORTAL]);
  });

  test('what the rep typed survives the app being uninstalled and installed again (the card stays mounted)', async () => {
    await open(`contact=${MARIA}&user=7001&locale=en`);
    const title = card().getByLabel('Title', { exact: true });
    await title.fill('Renewal call, keep this');
    await title.blur();
    await card().getByLabel('Date', { exact: true }).fill(isoDateInDays(12));
    // Marks the card's own DOM: a remount would replace it.
    await title.evaluate((element) => element.setAttribute('data-mounted-before-reinstall', 'yes'));

    // The account's admin removes the app, then installs it again, while the rep's page stays open.
    await page.getByRole('button', { name: 'Uninstall the app from the account' }).click();
    await pwExpect(page.getByRole('status', { name: 'Install status' })).toHaveText(
      'Not installed: The app was uninstalled from portal 1001.',
    );
    expect(await emulatorInstalls()).toEqual([]);
    await page.getByRole('button', { name: 'Install Meeting Card' }).click();
    await pwExpect(page.getByRole('status', { name: 'Install status' })).toHaveText(
      'Meeting Card is installed in this account.',
    );

    await pwExpect(title).toHaveValue('Renewal call, keep this');
    await pwExpect(title).toHaveAttribute('data-mounted-before-reinstall', 'yes');
    await pwExpect(card().getByLabel('Date', { exact: true })).toHaveValue(isoDateInDays(12));
    // And the typed form books through the new install.
    await card().getByLabel('Start time', { exact: true }).fill('16:00');
    await card().getByRole('button', { name: 'Book meeting' }).click();
    await pwExpect(card().getByTestId('booking-success')).toContainText('Renewal call, keep this');
    expect(meetingsOf(MARIA).map((m) => m.properties.hs_meeting_title)).toEqual(['Renewal call, keep this']);
  });

  test('a connection dropped after the backend booked is resent once by the proxy and ends with exactly one meeting', async () => {
    await open(`contact=${MARIA}&user=7001&locale=en`);
    await page
      .getByRole('button', {
        name: 'Next create: HubSpot→backend connection dropped after the backend booked',
      })
      .click();
    await pwExpect(page.getByRole('status', { name: 'Armed faults' })).toHaveText(
      'Armed: Next create: HubSpot→backend connection dropped after the backend booked',
    );
    await book(7, '15:00');

    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');
    // The first answer was lost after the backend stored the meeting; the resend got the stored answer.
    expect(createAttempts()).toEqual(['dropped', 200]);
    expect(harness.workbench.emulator?.callCount('POST', CREATE_ROUTE)).toBe(1);
    expect(meetingsOf(MARIA)).toHaveLength(1);
    await pwExpect(timeline().getByRole('listitem')).toHaveCount(1);
    await pwExpect(page.getByRole('status', { name: 'Armed faults' })).toHaveText('No fault armed');
  });

  test('a connection to HubSpot dropped after the meeting was stored ends with exactly one meeting', async () => {
    await open(`contact=${MARIA}&user=7001&locale=en`);
    await page.getByRole('button', { name: 'Next create: connection dropped after store' }).click();
    await book(8, '11:00');

    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');
    expect(harness.workbench.emulator?.callCount('POST', CREATE_ROUTE)).toBe(1);
    expect(meetingsOf(MARIA)).toHaveLength(1);
    await pwExpect(timeline().getByRole('listitem')).toHaveCount(1);
  });
});
