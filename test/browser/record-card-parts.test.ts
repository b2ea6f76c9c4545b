// The card's issue-10 parts as a rep sees them in the workbench (Debian's chromium, the unmodified
// card, the real app functions, the emulator's seeded meeting links, busy times and calendars): free
// slots, conflict warnings, the upcoming meetings with their cancel / no-show actions, the deal picker
// on a contact, the contact picker on a deal, and the notices for no meeting link and an offline
// calendar. Each test writes a screenshot of its part to test-artifacts/browser/ (docs/screenshots/
// holds the copies the README shows).
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ACME_TOKEN, defaultSeed, type EmulatorSeed } from '@meeting-card/hubspot-emulator';
import { expect as pwExpect } from './pw-expect';
import { ARTIFACTS_DIR, describeInBrowser, openHarness, type BrowserHarness } from './test-support';

jest.setTimeout(120_000);

const MARIA = '101'; // Maria Oliveira, São Paulo (the account's zone)
const JOHN = '102'; // John Miller: open deal 401, closed deal 402, company Northwind
const ROLLOUT = '401';
const NORTHWIND = '302';
const ZONE = 'America/Sao_Paulo';
const HOUR = 3_600_000;

/** The calendar day `days` from today in São Paulo, as the date field types it. */
function spDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + days * 24 * HOUR));
}

/** A screenshot of the card's full width, from the top of `from` to the bottom of `to`. */
async function shootCard(page: Page, name: string, from: Locator, to: Locator) {
  const card = page.getByTestId('card');
  const [box, top, bottom] = await Promise.all([
    card.boundingBox(),
    from.first().boundingBox(),
    to.last().boundingBox(),
  ]);
  if (!box || !top || !bottom) throw new Error(`Nothing to photograph for ${name}`);
  const y = Math.max(box.y, top.y - 28);
  await page.screenshot({
    path: path.join(ARTIFACTS_DIR, name),
    clip: {
      x: box.x,
      y,
      width: box.width,
      height: Math.min(box.y + box.height, bottom.y + bottom.height + 8) - y,
    },
  });
}

describeInBrowser('the card’s record parts in the workbench', () => {
  let harness: BrowserHarness;
  let page: Page;

  beforeAll(async () => {
    harness = await openHarness();
  });
  afterAll(async () => harness?.close());
  beforeEach(async () => {
    harness.workbench.emulator?.reset();
    page = await harness.newPage();
    // Tall enough that the card's top half is on screen for the clipped screenshots.
    await page.setViewportSize({ width: 1360, height: 1600 });
  });
  afterEach(async () => page?.close());

  const card = () => page.getByTestId('card');
  const field = (label: string) => card().getByLabel(label, { exact: true });
  const slotButtons = () => card().getByRole('button', { name: /\d{4}, \d{1,2}:\d{2}\s?[AP]M \(/ });
  const stored = () => harness.workbench.emulator?.meetings(1001) ?? [];
  const selectedLabel = (select: Locator) =>
    select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

  async function open(query: string) {
    await page.goto(`${harness.workbench.url}/?${query}`);
    await pwExpect(card().getByRole('button', { name: 'Book meeting' })).toBeVisible();
    await pwExpect(card().getByRole('heading', { name: 'Upcoming meetings' })).toBeVisible();
  }

  const shoot = (name: string, from: Locator, to: Locator) => shootCard(page, name, from, to);

  /** A meeting with the contact as HubSpot holds one (booked elsewhere): from `start`, 30 minutes, organized by `ownerId`. */
  async function meetingWith(contactId: string, title: string, start: number, ownerId = '81001') {
    const response = await fetch(
      `${harness.workbench.emulator?.url}/scheduler/2026-03/meetings/calendar?organizerUserId=7001`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${ACME_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          associations: [
            {
              to: { id: contactId },
              types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 200 }],
            },
          ],
          emailReminderSchedule: { reminders: [], shouldIncludeInviteDescription: true },
          timezone: ZONE,
          properties: {
            hs_meeting_title: title,
            hs_meeting_start_time: new Date(start).toISOString(),
            hs_meeting_end_time: new Date(start + HOUR / 2).toISOString(),
            hs_timestamp: new Date(start).toISOString(),
            hs_meeting_outcome: 'SCHEDULED',
            hubspot_owner_id: ownerId,
          },
        }),
      },
    );
    if (response.status >= 300) throw new Error(`The emulator refused the meeting: ${await response.text()}`);
    return ((await response.json()) as { id: string }).id;
  }

  test('free slots: the organizer’s next free times from the meeting link, in both zones; one click fills date and time', async () => {
    // John is in New York: each slot also reads on his clock.
    await open(`contact=${JOHN}&user=7001&locale=en`);
    await pwExpect(card().getByText('Free times', { exact: true })).toBeVisible();
    await pwExpect(slotButtons()).toHaveCount(6);
    await pwExpect(slotButtons().first()).toContainText('(New York)');
    await shoot('card-free-slots.png', field('Title'), slotButtons());
    const before = await field('Start time').inputValue();
    await slotButtons().nth(3).click();
    await pwExpect(field('Start time')).toHaveValue(/\d\d:\d\d/);
    expect(await field('Start time').inputValue()).not.toBe(before);
  });

  test('conflicts: the organizer is busy then, and the contact already has a meeting that overlaps; booking still goes', async () => {
    // Ana (7001) is busy tomorrow 10:00–11:30 in São Paulo (seeded busy time); Maria has a meeting at 10:30 with Ben.
    const date = spDate(1);
    // The card reads this month's availability page only: on a month's last day tomorrow's busy time is not in it.
    const busyKnown = date.slice(0, 7) === spDate(0).slice(0, 7);
    const start = Date.parse(`${date}T10:30:00-03:00`);
    await meetingWith(MARIA, 'Pricing call', start, '81002');
    await open(`contact=${MARIA}&user=7001&locale=en`);
    await pwExpect(card().getByRole('heading', { name: 'Pricing call' })).toHaveCount(0);
    await field('Date').fill(date);
    await field('Start time').fill('10:30');
    await field('Start time').blur();
    const busy = card().getByText(/^You are busy then \(/);
    const overlap = card().getByText(/^Overlaps with "Pricing call" \(/);
    await pwExpect(overlap).toBeVisible();
    if (busyKnown) await pwExpect(busy).toBeVisible();
    await pwExpect(card().getByRole('link', { name: 'Open' })).toBeVisible();
    await shoot('card-conflicts.png', field('Date'), slotButtons());
    // A warning, never a block.
    await card().getByRole('button', { name: 'Book meeting' }).click();
    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');
    expect(stored()).toHaveLength(2);
  });

  test('upcoming meetings: the contact’s next meetings with Mark canceled / Mark no-show, which change the meeting in HubSpot', async () => {
    const soon = Math.ceil(Date.now() / HOUR) * HOUR + 26 * HOUR;
    const kickoff = await meetingWith(MARIA, 'Kickoff', soon);
    const review = await meetingWith(MARIA, 'Contract review', soon + 48 * HOUR);
    await open(`contact=${MARIA}&user=7001&locale=en`);
    const row = (title: string) => card().getByText(title, { exact: true });
    await pwExpect(row('Kickoff')).toBeVisible();
    await pwExpect(row('Contract review')).toBeVisible();
    await pwExpect(card().getByRole('button', { name: 'Mark canceled' })).toHaveCount(2);
    await pwExpect(card().getByRole('button', { name: 'Mark no-show' })).toHaveCount(2);
    const note = card().getByText(
      'HubSpot changes only the meeting: it does not say whether the calendar invite changes.',
    );
    await pwExpect(note).toBeVisible();
    await shoot(
      'card-upcoming-meetings.png',
      card().getByRole('heading', { name: 'Upcoming meetings' }),
      note,
    );

    // The first row's Mark canceled: Kickoff is canceled in HubSpot and leaves the list.
    await card().getByRole('button', { name: 'Mark canceled' }).first().click();
    await pwExpect(card().getByText('Kickoff: Marked canceled.')).toBeVisible();
    await pwExpect(row('Kickoff')).toHaveCount(0);
    const outcome = (id: string) => stored().find((m) => m.id === id)?.properties.hs_meeting_outcome;
    expect(outcome(kickoff)).toBe('CANCELED');
    // The other's Mark no-show.
    await card().getByRole('button', { name: 'Mark no-show' }).first().click();
    await pwExpect(card().getByText('Contract review: Marked no-show.')).toBeVisible();
    expect(outcome(review)).toBe('NO_SHOW');
    await pwExpect(card().getByText('No upcoming meetings.')).toBeVisible();
    await shoot(
      'card-upcoming-after-outcome.png',
      card().getByRole('heading', { name: 'Upcoming meetings' }),
      card().getByText('Contract review: Marked no-show.'),
    );
  });

  test('deal picker on a contact: the contact’s open deals (closed ones left out); the picked deal is associated', async () => {
    await open(`contact=${JOHN}&user=7002&locale=en`);
    const deal = field('Deal');
    await pwExpect(deal).toBeVisible();
    expect(await deal.locator('option').allTextContents()).toEqual(['No deal', 'Northwind platform rollout']);
    expect(await selectedLabel(deal)).toBe('No deal');
    // Wait for the record's suggestion before touching the form (React ignores a fill that changes nothing).
    await pwExpect(field('Title')).toHaveValue('Meeting with John Miller');
    await deal.selectOption({ label: 'Northwind platform rollout' });
    expect(await selectedLabel(deal)).toBe('Northwind platform rollout');
    await shoot(
      'card-deal-picker.png',
      card().getByRole('heading', { name: 'Upcoming meetings' }),
      card().getByText('Also associated with Northwind'),
    );
    await card().getByRole('button', { name: 'Book meeting' }).click();
    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');
    expect(stored()[0]?.associations).toEqual({ contacts: [JOHN], companies: [NORTHWIND], deals: [ROLLOUT] });
  });

  test('contact picker on a deal: the deal’s contacts, HubSpot’s first one preselected; the deal is fixed', async () => {
    await open(`deal=${ROLLOUT}&user=7001&locale=en`);
    const contact = field('Contact');
    await pwExpect(contact).toBeVisible();
    expect(await selectedLabel(contact)).toBe('John Miller (john.miller@northwind.example)');
    await pwExpect(field('Deal')).toHaveAttribute('disabled', '');
    await shoot(
      'card-contact-picker-on-deal.png',
      card().getByRole('heading', { name: 'Upcoming meetings' }),
      card().getByText('Also associated with Northwind'),
    );
  });

  test('no meeting link: Dev Patel (7004) has no scheduling page, and the card says so', async () => {
    await open(`contact=${MARIA}&user=7004&locale=en`);
    await pwExpect(card().getByText('You have no HubSpot scheduling page: type the time.')).toBeVisible();
    await pwExpect(slotButtons()).toHaveCount(0);
  });

  test('offline calendar: HubSpot lost the organizer’s calendar, the card warns and still offers the link’s times', async () => {
    // Carmen Ruiz (7003): her calendar connection is offline.
    await open(`contact=${MARIA}&user=7003&locale=en`);
    const warning = card().getByText(
      'HubSpot lost your calendar: busy times are unknown and the invite may not be sent.',
    );
    await pwExpect(warning).toBeVisible();
    await pwExpect(card().getByText('Free times', { exact: true })).toBeVisible();
    const slots = await slotButtons().count();
    await shoot('card-calendar-offline.png', field('Date'), slots ? slotButtons() : warning);
  });
});

// Dev Patel, the seed's organizer without a meeting link, is no HubSpot owner either (he cannot book):
// here Ben Carter, an owner, has his meeting link taken away, so a typed time books.
describeInBrowser('an organizer without a meeting link', () => {
  let harness: BrowserHarness;
  let page: Page;

  beforeAll(async () => {
    const seed: EmulatorSeed = structuredClone(defaultSeed);
    for (const account of seed.accounts)
      account.meetingLinks = (account.meetingLinks ?? []).filter((l) => l.organizerUserId !== '7002');
    harness = await openHarness({ seed });
  });
  afterAll(async () => harness?.close());
  beforeEach(async () => {
    page = await harness.newPage();
    await page.setViewportSize({ width: 1360, height: 1600 });
  });
  afterEach(async () => page?.close());

  const card = () => page.getByTestId('card');
  const field = (label: string) => card().getByLabel(label, { exact: true });

  test('the card says so, offers no free times, and books the time the rep types', async () => {
    await page.goto(`${harness.workbench.url}/?contact=${MARIA}&user=7002&locale=en`);
    const notice = card().getByText('You have no HubSpot scheduling page: type the time.');
    await pwExpect(notice).toBeVisible();
    await pwExpect(card().getByText('Free times', { exact: true })).toHaveCount(0);
    await shootCard(page, 'card-no-meeting-link.png', field('Date'), notice);
    await pwExpect(field('Title')).toHaveValue('Meeting with Maria Oliveira');
    await field('Date').fill(spDate(3));
    await field('Start time').fill('15:00');
    await card().getByRole('button', { name: 'Book meeting' }).click();
    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');
    const [meeting] = harness.workbench.emulator?.meetings(1001) ?? [];
    expect(Date.parse(meeting?.properties.hs_meeting_start_time ?? '')).toBe(
      Date.parse(`${spDate(3)}T15:00:00-03:00`),
    );
  });
});
