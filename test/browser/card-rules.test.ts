// The card as a rep uses it, in Debian's chromium through the workbench: the unmodified card
// module, the real app functions and the HubSpot API emulator. The account's zone is São Paulo.
import type { Page } from 'playwright-core';
import { expect as pwExpect } from './pw-expect';
import path from 'node:path';
import {
  ARTIFACTS_DIR,
  describeInBrowser,
  isoDateInDays,
  openHarness,
  type BrowserHarness,
} from './test-support';

jest.setTimeout(90_000);

const HARUTO = '104'; // Haruto Sato, Asia/Tokyo
const JOHN = '102'; // John Miller, America/New_York

describeInBrowser('the card as a rep uses it', () => {
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
  const stored = (contactId: string) =>
    (harness.workbench.emulator?.meetings(1001) ?? []).filter((m) =>
      m.associations.contacts.includes(contactId),
    );

  async function open(query: string, button: RegExp | string = 'Book meeting') {
    await page.goto(`${harness.workbench.url}/?${query}`);
    await pwExpect(card().getByRole('button', { name: button })).toBeVisible();
  }

  /**
   * Empties the title once the suggestion from the record is in it: cleared earlier, the field is
   * already empty (React sees no change), and the suggestion arriving afterwards fills it again.
   */
  async function clearTitle(label: string) {
    await pwExpect(field(label)).toHaveValue(/\S/);
    await field(label).fill('');
    await field(label).blur();
    await pwExpect(field(label)).toHaveValue('');
  }

  test('switching to the contact’s zone keeps the moment and converts the clock time', async () => {
    await open(`contact=${HARUTO}&user=7001&locale=en`);
    const date = isoDateInDays(10);
    await field('Date').fill(date);
    await field('Start time').fill('21:00');
    await field('Start time').blur();
    // 21:00 in São Paulo (UTC-3) is 09:00 the next day in Tokyo (UTC+9).
    await pwExpect(card().getByTestId('contact-local-time')).toContainText('9:00');
    await pwExpect(card().getByTestId('contact-local-time')).toContainText('(Tokyo)');

    await field('Time zone').selectOption({ label: 'Tokyo (GMT+9) · contact' });
    const nextDay = new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await pwExpect(field('Date')).toHaveValue(nextDay);
    await pwExpect(field('Start time')).toHaveValue('09:00');
    await pwExpect(card().getByTestId('contact-local-time')).toHaveCount(0);
    await card().screenshot({ path: path.join(ARTIFACTS_DIR, 'card-zone-switched.png') });

    await card().getByRole('button', { name: 'Book meeting' }).click();
    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');
    const [meeting] = stored(HARUTO);
    // The same instant either way: 21:00 São Paulo = 00:00 UTC the next day.
    expect(Date.parse(meeting?.properties.hs_meeting_start_time ?? '')).toBe(
      Date.parse(`${nextDay}T00:00:00Z`),
    );
    expect(Date.parse(meeting?.properties.hs_meeting_end_time ?? '')).toBe(
      Date.parse(`${nextDay}T00:30:00Z`),
    );
  });

  test('an error above the fold is summed up next to the button the rep just pressed', async () => {
    await open(`contact=${JOHN}&user=7002&locale=en`);
    await clearTitle('Title');
    const button = card().getByRole('button', { name: 'Book meeting' });
    await button.scrollIntoViewIfNeeded();
    await button.click();

    const summary = card().getByTestId('issue-summary');
    await pwExpect(summary).toContainText('Nothing was sent. Fix: Title.');
    // The summary is on screen where the rep is looking, not only the message 300 px above.
    const box = await card().getByText('Nothing was sent. Fix: Title.').boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y >= 0 && box.y + box.height <= viewport.height).toBe(true);
    await pwExpect(field('Title')).toHaveAccessibleDescription(/Required\./);
    expect(stored(JOHN)).toHaveLength(0);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'card-error-summary.png') });
  });

  test('90 minutes from 00:30 on New York’s fall-back night is booked as 04:30Z to 06:00Z', async () => {
    await open(`contact=${JOHN}&user=7002&locale=en`);
    await field('Find a time zone').fill('new york');
    await field('Time zone')
      .selectOption({ label: /New York/ } as never)
      .catch(async () => {
        // A label regexp is not supported by every selectOption: pick by the option's text instead.
        const option = card()
          .getByRole('option', { name: /New York/ })
          .first();
        await field('Time zone').selectOption({ label: (await option.textContent()) ?? '' });
      });
    await field('Date').fill('2027-11-07');
    await field('Start time').fill('00:30');
    await field('Start time').blur();
    await field('Duration').selectOption({ label: '90 minutes' });
    await card().getByRole('button', { name: 'Book meeting' }).click();

    await pwExpect(card().getByTestId('booking-success')).toContainText('Meeting booked');
    const [meeting] = stored(JOHN);
    expect(Date.parse(meeting?.properties.hs_meeting_start_time ?? '')).toBe(
      Date.parse('2027-11-07T04:30:00Z'),
    );
    expect(Date.parse(meeting?.properties.hs_meeting_end_time ?? '')).toBe(
      Date.parse('2027-11-07T06:00:00Z'),
    );
    await pwExpect(card().getByTestId('booked-when')).toContainText('(New York)');
  });

  test.each([
    [
      'pt-br',
      {
        book: 'Agendar reunião',
        title: 'Título',
        date: 'Data',
        summary: 'Nada foi enviado. Corrija: Título.',
        required: 'Obrigatório.',
        success: 'Reunião agendada',
        contactTime: 'Horário do contato',
        zone: 'Fuso horário',
      },
    ],
    [
      'es',
      {
        book: 'Agendar reunión',
        title: 'Título',
        date: 'Fecha',
        summary: 'No se envió nada. Corrige: Título.',
        required: 'Obligatorio.',
        success: 'Reunión agendada',
        contactTime: 'Hora del contacto',
        zone: 'Zona horaria',
      },
    ],
  ])('speaks %s throughout: labels, zones, messages, summary and confirmation', async (locale, words) => {
    await open(`contact=${HARUTO}&user=7001&locale=${locale}`, words.book);
    await pwExpect(field(words.zone)).toBeVisible();
    await clearTitle(words.title);
    await card().getByRole('button', { name: words.book }).click();
    await pwExpect(card().getByTestId('issue-summary')).toContainText(words.summary);
    await pwExpect(field(words.title)).toHaveAccessibleDescription(new RegExp(words.required));

    await field(words.title).fill('Reunião / Reunión');
    await field(words.date).fill(isoDateInDays(5));
    await field(words.title).blur();
    await pwExpect(card().getByTestId('contact-local-time')).toContainText('(Tokyo)');
    await card().getByRole('button', { name: words.book }).click();
    await pwExpect(card().getByTestId('booking-success')).toContainText(words.success);
    await pwExpect(card()).toContainText(words.contactTime);
    expect(stored(HARUTO)).toHaveLength(1);
  });
});
