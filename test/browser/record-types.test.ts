// The card on deal and company records, end to end through the workbench in Debian's chromium: the
// unmodified card module mounted with the record's crm context (objectTypeId 0-3 / 0-2), the real app
// functions and the HubSpot API emulator. A booking from a deal or a company is found on every record
// it is associated with: in the emulator's associations and on each record's page in the workbench.
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect as pwExpect } from './pw-expect';
import { ARTIFACTS_DIR, describeInBrowser, openHarness, type BrowserHarness } from './test-support';

jest.setTimeout(120_000);

const JOHN = '102'; // John Miller, Northwind's first contact (America/New_York)
const PRIYA = '107'; // Priya Nair, Northwind (America/Chicago)
const NORTHWIND = '302';
const ROLLOUT = '401'; // Northwind platform rollout (open), contacts John then Priya, company Northwind
const SAO_PAULO_OFFSET = '-03:00'; // the account's zone (no DST in Brazil since 2019)

/** "Tue, Dec 1, 2026, 9:30 AM (São Paulo)" → { date: '2026-12-01', time: '09:30' } (en-US, the card's slot label). */
function wallClockOf(label: string): { date: string; time: string } {
  const match = /([A-Z][a-z]{2}) (\d{1,2}), (\d{4}), (\d{1,2}):(\d{2})\s?([AP]M)/.exec(label);
  if (!match) throw new Error(`Not a slot label: ${label}`);
  const [, month, day, year, hour, minute, half] = match;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const h = (Number(hour) % 12) + (half === 'PM' ? 12 : 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${year}-${pad(months.indexOf(month ?? '') + 1)}-${pad(Number(day))}`,
    time: `${pad(h)}:${minute}`,
  };
}

describeInBrowser('booking from a deal or a company record', () => {
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
  const field = (label: string) => card().getByLabel(label, { exact: true });
  const timeline = () => page.getByTestId('activity-timeline');
  const stored = () => harness.workbench.emulator?.meetings(1001) ?? [];
  /** The card's free-slot buttons (their label ends with the zone's place name). */
  const slotButtons = () => card().getByRole('button', { name: /\d{4}, \d{1,2}:\d{2}\s?[AP]M \(/ });
  const selectedLabel = (select: Locator) =>
    select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

  async function open(query: string) {
    await page.goto(`${harness.workbench.url}/?${query}`);
    await pwExpect(card().getByRole('button', { name: 'Book meeting' })).toBeVisible();
    // The record's context (slots, contacts, meetings) has come with the form options.
    await pwExpect(card().getByRole('heading', { name: 'Upcoming meetings' })).toBeVisible();
  }

  /** Clicks the n-th free slot (not the first: that one is already the default start); answers its wall clock. */
  async function pickSlot(n: number): Promise<{ date: string; time: string }> {
    await pwExpect(slotButtons().nth(n)).toBeVisible();
    const label = (await slotButtons().nth(n).textContent()) ?? '';
    const slot = wallClockOf(label);
    await slotButtons().nth(n).click();
    await pwExpect(field('Date')).toHaveValue(slot.date);
    await pwExpect(field('Start time')).toHaveValue(slot.time);
    return slot;
  }

  /** The record page (reached through the page's own association links) lists the meeting. */
  async function seenOnPage(link: RegExp, query: RegExp, title: string) {
    await page.getByRole('complementary').first().getByRole('link', { name: link }).click();
    await pwExpect(timeline().getByRole('heading', { name: title })).toBeVisible();
    expect(page.url()).toMatch(query);
  }

  test('on a deal: the primary contact is preselected, a free slot fills the time, and the meeting is on the deal, its company and the contact', async () => {
    await open(`deal=${ROLLOUT}&user=7001&locale=en`);
    // The record page: the deal, its key properties and its associations.
    await pwExpect(page.getByRole('heading', { name: 'Northwind platform rollout', level: 1 })).toBeVisible();
    await pwExpect(page.getByRole('complementary', { name: 'Deal' })).toContainText('Presentation scheduled');
    await pwExpect(page.getByTestId('associated-companies')).toHaveText('Northwind');
    await pwExpect(page.getByText('No meetings on this deal yet.')).toBeVisible();

    // The card: the deal's contacts, HubSpot's first one preselected; the deal itself, fixed.
    const contact = field('Contact');
    await pwExpect(contact).toBeVisible();
    expect(await selectedLabel(contact)).toBe('John Miller (john.miller@northwind.example)');
    expect(await contact.locator('option').allTextContents()).toEqual([
      'John Miller (john.miller@northwind.example)',
      'Priya Nair (priya.nair@northwind.example)',
    ]);
    expect(await selectedLabel(field('Deal'))).toBe('Northwind platform rollout');
    await pwExpect(field('Deal')).toHaveAttribute('disabled', '');
    await pwExpect(card().getByText('Also associated with Northwind')).toBeVisible();
    await card().screenshot({ path: path.join(ARTIFACTS_DIR, 'card-on-deal.png') });

    // A deal has no first and last name: the card suggests no title, the rep types one.
    await field('Title').fill('Rollout planning');
    const slot = await pickSlot(2);
    await card().getByRole('button', { name: 'Book meeting' }).click();
    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');

    // HubSpot (the emulator) holds one meeting, at the slot's moment, on the contact, the deal and its company.
    const meetings = stored();
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.properties.hs_meeting_title).toBe('Rollout planning');
    expect(Date.parse(meetings[0]?.properties.hs_meeting_start_time ?? '')).toBe(
      Date.parse(`${slot.date}T${slot.time}:00${SAO_PAULO_OFFSET}`),
    );
    expect(meetings[0]?.associations).toEqual({ contacts: [JOHN], companies: [NORTHWIND], deals: [ROLLOUT] });

    // And each record's page lists it: the deal's timeline (refreshed after the booking), then the
    // company's and the contact's, opened from the association links as a rep would.
    await pwExpect(timeline().getByRole('heading', { name: 'Rollout planning' })).toBeVisible();
    await pwExpect(timeline().getByTestId('meeting-attendees')).toHaveText('John Miller');
    await page.screenshot({
      path: path.join(ARTIFACTS_DIR, 'workbench-deal-after-booking.png'),
      fullPage: true,
    });
    await seenOnPage(/^Northwind$/, new RegExp(`[?&]company=${NORTHWIND}(&|$)`), 'Rollout planning');
    await pwExpect(page.getByRole('heading', { name: 'Northwind', level: 1 })).toBeVisible();
    await pwExpect(timeline().getByTestId('meeting-attendees')).toHaveText('John Miller');
    await seenOnPage(/^John Miller$/, new RegExp(`[?&]contact=${JOHN}(&|$)`), 'Rollout planning');
    await pwExpect(page.getByRole('heading', { name: 'John Miller', level: 1 })).toBeVisible();
    // Back on the deal (the browser's back button twice): still there.
    await page.goBack();
    await page.goBack();
    await pwExpect(page.getByRole('heading', { name: 'Northwind platform rollout', level: 1 })).toBeVisible();
    await pwExpect(timeline().getByRole('heading', { name: 'Rollout planning' })).toBeVisible();
  });

  test('on a company: the rep chooses another contact, and the meeting is on the company and that contact only', async () => {
    await open(`company=${NORTHWIND}&user=7002&locale=en`);
    await pwExpect(page.getByRole('heading', { name: 'Northwind', level: 1 })).toBeVisible();
    await pwExpect(page.getByRole('complementary', { name: 'Company' })).toContainText('northwind.example');
    const contact = field('Contact');
    await pwExpect(contact).toBeVisible();
    expect(await selectedLabel(contact)).toBe('John Miller (john.miller@northwind.example)');
    await contact.selectOption({ label: 'Priya Nair (priya.nair@northwind.example)' });
    expect(await selectedLabel(contact)).toBe('Priya Nair (priya.nair@northwind.example)');
    // On a company the card offers no deal to pick (the server lists none there): company and contact only.
    await pwExpect(field('Deal')).toHaveCount(0);
    await field('Title').fill('Northwind intro');
    await pickSlot(1);
    await card().getByRole('button', { name: 'Book meeting' }).click();
    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');

    const meetings = stored();
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.properties.hubspot_owner_id).toBe('81002');
    expect(meetings[0]?.associations).toEqual({ contacts: [PRIYA], companies: [NORTHWIND], deals: [] });

    await pwExpect(timeline().getByRole('heading', { name: 'Northwind intro' })).toBeVisible();
    await pwExpect(timeline().getByTestId('meeting-attendees')).toContainText('Priya Nair');
    await page.screenshot({
      path: path.join(ARTIFACTS_DIR, 'workbench-company-after-booking.png'),
      fullPage: true,
    });
    // Priya's page (from the record picker this time) lists it; John's, the contact not chosen, does not.
    await page.getByLabel('Record', { exact: true }).selectOption(`contacts:${PRIYA}`);
    await pwExpect(page.getByRole('heading', { name: 'Priya Nair', level: 1 })).toBeVisible();
    await pwExpect(timeline().getByRole('heading', { name: 'Northwind intro' })).toBeVisible();
    await page.getByLabel('Record', { exact: true }).selectOption(`contacts:${JOHN}`);
    await pwExpect(page.getByRole('heading', { name: 'John Miller', level: 1 })).toBeVisible();
    await pwExpect(page.getByText('No meetings with this contact yet.')).toBeVisible();
  });

  test.each([
    {
      locale: 'pt-BR',
      region: 'Negócio',
      about: 'Sobre este negócio',
      stage: 'Apresentação agendada',
      terms: ['Valor', 'Etapa do negócio', 'Data de fechamento', 'Empresas (1)', 'Contatos (2)'],
      empty: 'Ainda não há reuniões neste negócio.',
      card: 'Próximas reuniões',
    },
    {
      locale: 'es',
      region: 'Negocio',
      about: 'Acerca de este negocio',
      stage: 'Presentación programada',
      terms: ['Importe', 'Etapa del negocio', 'Fecha de cierre', 'Empresas (1)', 'Contactos (2)'],
      empty: 'Todavía no hay reuniones en este negocio.',
      card: 'Próximas reuniones',
    },
  ])('the deal page speaks the language of the user ($locale)', async (words) => {
    await page.goto(`${harness.workbench.url}/?deal=${ROLLOUT}&user=7001&locale=${words.locale}`);
    await pwExpect(card().getByRole('heading', { name: words.card })).toBeVisible();
    const panel = page.getByRole('complementary', { name: words.region });
    await pwExpect(panel.getByRole('heading', { name: words.about })).toBeVisible();
    await pwExpect(panel).toContainText(words.stage);
    for (const term of words.terms) await pwExpect(panel.getByText(term, { exact: true })).toBeVisible();
    await pwExpect(page.getByText(words.empty)).toBeVisible();
    const text = await panel.innerText();
    for (const english of ['About this deal', 'Amount', 'Deal stage', 'Close date', 'Companies', 'Contacts'])
      expect(text).not.toContain(english);
    await page.screenshot({
      path: path.join(ARTIFACTS_DIR, `workbench-deal-${words.locale}.png`),
      fullPage: true,
    });
  });

  test('at 800 px the company page stacks like the contact page and nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    await open(`company=${NORTHWIND}&user=7001&locale=en`);
    const column = await page.getByRole('tabpanel').boundingBox();
    expect(column?.width ?? 0).toBeGreaterThanOrEqual(560);
    const company = await page.getByRole('complementary', { name: 'Company' }).boundingBox();
    expect((company?.y ?? 0) + (company?.height ?? 0)).toBeLessThanOrEqual(column?.y ?? 0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'workbench-company-800px.png'), fullPage: true });
  });
});
