// End to end through the page, as a person would: the unmodified card module, the real app
// functions (built by npm run build) and the HubSpot API emulator, in Debian's chromium.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect as pwExpect } from './pw-expect';
import {
  ARTIFACTS_DIR,
  describeInBrowser,
  isoDateInDays,
  openHarness,
  type BrowserHarness,
} from './test-support';

jest.setTimeout(90_000);

const CREATE_ROUTE = '/scheduler/2026-03/meetings/calendar';
const MARIA = '101';
const JOHN = '102';

describeInBrowser('booking a meeting through the workbench', () => {
  let harness: BrowserHarness;
  let page: Page;

  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(async () => harness?.close());
  beforeEach(async () => {
    harness.workbench.emulator?.reset();
    page = await harness.newPage();
  });
  afterEach(async () => page?.close());

  const card = () => page.getByTestId('card');
  // By test id: its accessible name follows the user's language.
  const timeline = () => page.getByTestId('activity-timeline');
  const meetingsOf = (contactId: string) =>
    (harness.workbench.emulator?.meetings(1001) ?? []).filter((m) =>
      m.associations.contacts.includes(contactId),
    );

  async function open(query: string) {
    await page.goto(`${harness.workbench.url}/?${query}`);
    await pwExpect(card().getByRole('button', { name: /Book meeting|Agendar reunião/ })).toBeVisible();
  }

  async function fillWhen(dateLabel: string, timeLabel: string, date: string, time: string) {
    await card().getByLabel(dateLabel, { exact: true }).fill(date);
    await card().getByLabel(timeLabel, { exact: true }).fill(time);
  }

  test('a rep books a meeting with the defaults and sees it on the contact timeline', async () => {
    await open(`contact=${MARIA}&user=7001&locale=en`);
    await pwExpect(card().getByLabel('Title', { exact: true })).toHaveValue('Meeting with Maria Oliveira');
    await pwExpect(page.getByText('No meetings with this contact yet.')).toBeVisible();
    // Maria's open deal, from the deals request the card sends beside the main load (the closed one is not offered).
    const deal = card().getByLabel('Deal', { exact: true });
    await pwExpect(deal.locator('option', { hasText: 'Cliente Ltda pilot' })).toHaveCount(1);
    await pwExpect(deal.locator('option', { hasText: 'Cliente Ltda 2025 expansion' })).toHaveCount(0);
    const date = isoDateInDays(14);
    await fillWhen('Date', 'Start time', date, '14:30');
    await card().getByLabel('Start time', { exact: true }).blur();
    await card().screenshot({ path: path.join(ARTIFACTS_DIR, 'card-before-booking.png') });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'workbench-before-booking.png'), fullPage: true });

    await card().getByRole('button', { name: 'Book meeting' }).click();

    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');
    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting with Maria Oliveira');
    await pwExpect(timeline().getByRole('listitem')).toHaveCount(1);
    await pwExpect(timeline().getByRole('heading', { name: 'Meeting with Maria Oliveira' })).toBeVisible();
    await pwExpect(timeline().getByText('Ana Souza')).toBeVisible();

    // What HubSpot (the emulator) holds: one meeting, 14:30 in São Paulo (UTC-3) is 17:30 UTC.
    const stored = meetingsOf(MARIA);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.properties.hs_meeting_title).toBe('Meeting with Maria Oliveira');
    expect(Date.parse(stored[0]?.properties.hs_meeting_start_time ?? '')).toBe(
      Date.parse(`${date}T17:30:00Z`),
    );
    expect(stored[0]?.properties.hubspot_owner_id).toBe('81001');

    await card().screenshot({ path: path.join(ARTIFACTS_DIR, 'card-after-booking.png') });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'workbench-after-booking.png'), fullPage: true });
  });

  test('an empty title gets an error next to the field, nothing is sent, and the fixed form books', async () => {
    await open(`contact=${JOHN}&user=7002&locale=en`);
    const title = card().getByLabel('Title', { exact: true });
    await pwExpect(title).toHaveValue('Meeting with John Miller');
    await title.fill('');
    await fillWhen('Date', 'Start time', isoDateInDays(10), '09:00');
    await card().getByRole('button', { name: 'Book meeting' }).click();

    await pwExpect(title).toHaveAttribute('aria-invalid', 'true');
    await pwExpect(title).toHaveAccessibleDescription('Required.');
    expect(harness.workbench.emulator?.callCount('POST', CREATE_ROUTE)).toBe(0);

    await title.fill('Pricing review');
    await pwExpect(title).toHaveValue('Pricing review');
    await card().getByRole('button', { name: 'Book meeting' }).click();

    await pwExpect(card().getByTestId('booking-success')).toContainText('Pricing review');
    await pwExpect(timeline().getByRole('heading', { name: 'Pricing review' })).toBeVisible();
    expect(meetingsOf(JOHN).map((m) => m.properties.hs_meeting_title)).toEqual(['Pricing review']);
  });

  test('a rep whose locale is pt-BR books in Portuguese from start to finish', async () => {
    await open(`contact=${MARIA}&user=7001&locale=en`);
    // Switched from the context panel: the card is mounted again with the new context.
    await page.getByLabel('Locale', { exact: true }).selectOption('pt-BR');
    await pwExpect(card().getByLabel('Título', { exact: true })).toHaveValue('Reunião com Maria Oliveira');
    await pwExpect(card().getByRole('button', { name: 'Agendar reunião' })).toBeVisible();
    const date = isoDateInDays(21);
    await fillWhen('Data', 'Início', date, '10:00');
    await card().getByRole('button', { name: 'Agendar reunião' }).click();

    await pwExpect(card().getByTestId('booking-success')).toContainText('Reunião agendada');
    const month = new Intl.DateTimeFormat('pt-BR', { month: 'short', timeZone: 'UTC' }).format(
      new Date(`${date}T12:00:00Z`),
    );
    await pwExpect(card().getByTestId('booked-when')).toContainText(month);
    const cardText = (await card().innerText()).replace(/\s+/g, ' ');
    for (const english of ['Meeting booked', 'Book another', 'When', 'Attendees', 'Book meeting'])
      expect(cardText).not.toContain(english);
    await pwExpect(timeline().getByRole('heading', { name: 'Reunião com Maria Oliveira' })).toBeVisible();
    await card().screenshot({ path: path.join(ARTIFACTS_DIR, 'card-after-booking-pt-BR.png') });
  });

  test('a 429 from HubSpot is waited out and the meeting is booked once', async () => {
    await open(`contact=${MARIA}&user=7001&locale=en`);
    await page.getByRole('button', { name: 'Next create: 429 rate limited' }).click();
    await pwExpect(page.getByRole('status', { name: 'Armed faults' })).toHaveText(
      'Armed: Next create: 429 rate limited',
    );
    await fillWhen('Date', 'Start time', isoDateInDays(5), '11:00');
    await card().getByRole('button', { name: 'Book meeting' }).click();

    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');
    await pwExpect(timeline().getByRole('listitem')).toHaveCount(1);
    expect(harness.workbench.emulator?.callCount('POST', CREATE_ROUTE, 429)).toBe(1);
    expect(harness.workbench.emulator?.callCount('POST', CREATE_ROUTE, 200)).toBe(1);
    expect(meetingsOf(MARIA)).toHaveLength(1);
    await pwExpect(page.getByRole('status', { name: 'Armed faults' })).toHaveText('No fault armed');
  });

  test('a connection dropped after HubSpot stored the meeting ends with exactly one meeting and says so', async () => {
    await open(`contact=${MARIA}&user=7001&locale=en`);
    await page.getByRole('button', { name: 'Next create: connection dropped after store' }).click();
    await fillWhen('Date', 'Start time', isoDateInDays(7), '15:00');
    await card().getByRole('button', { name: 'Book meeting' }).click();

    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');
    await pwExpect(card().getByTestId('booking-success')).toContainText(
      'The connection to HubSpot dropped. We checked and found the meeting: it was booked once.',
    );
    expect(harness.workbench.emulator?.callCount('POST', CREATE_ROUTE)).toBe(1);
    expect(meetingsOf(MARIA)).toHaveLength(1);
    await pwExpect(timeline().getByRole('listitem')).toHaveCount(1);
  });

  test('when HubSpot does not confirm a stored meeting, the card checks in the background and ends with that one meeting', async () => {
    const emulator = harness.workbench.emulator!;
    // Stored, answered 503, and not visible anywhere for a while: search 2 min, the primary store 12 s.
    emulator.lag.set({
      search: { fixedMs: 120_000 },
      associationRead: { fixedMs: 12_000 },
      objectRead: { fixedMs: 12_000 },
    });
    emulator.faults.add({
      method: 'POST',
      path: CREATE_ROUTE,
      times: 1,
      action: { type: 'status-after-store', status: 503 },
    });
    await open(`contact=${MARIA}&user=7001&locale=en`);
    await fillWhen('Date', 'Start time', isoDateInDays(9), '09:30');
    await card().getByRole('button', { name: 'Book meeting' }).click();

    await pwExpect(card().getByTestId('booking-failure'), 20_000).toContainText(
      'HubSpot has not confirmed it yet. Checking…',
    );
    // The rest of the card stays usable while it checks; booking waits.
    await card().getByLabel('Title', { exact: true }).fill('Typed while checking');
    await pwExpect(card().getByLabel('Title', { exact: true })).toHaveValue('Typed while checking');
    await card().screenshot({ path: path.join(ARTIFACTS_DIR, 'card-checking.png') });
    emulator.advanceTime(12_000);

    await pwExpect(card().getByTestId('booking-success'), 30_000).toContainText('Meeting booked');
    expect(emulator.callCount('POST', CREATE_ROUTE)).toBe(1);
    expect(meetingsOf(MARIA)).toHaveLength(1);
  });

  test('a booked meeting is still on the timeline after a reload and after the workbench restarts', async () => {
    await open(`contact=${JOHN}&user=7002&locale=en`);
    await fillWhen('Date', 'Start time', isoDateInDays(3), '16:15');
    await card().getByRole('button', { name: 'Book meeting' }).click();
    await pwExpect(timeline().getByRole('heading', { name: 'Meeting with John Miller' })).toBeVisible();

    await page.reload();
    await pwExpect(timeline().getByRole('heading', { name: 'Meeting with John Miller' })).toBeVisible();
    await pwExpect(card().getByLabel('Title', { exact: true })).toHaveValue('Meeting with John Miller');

    const workbench = await harness.restartWorkbench();
    await page.goto(`${workbench.url}/?contact=${JOHN}&user=7002&locale=en`);
    await pwExpect(timeline().getByRole('heading', { name: 'Meeting with John Miller' })).toBeVisible();
    await pwExpect(timeline().getByRole('listitem')).toHaveCount(1);
  });
});
