// The workbench page around the card, in Debian's chromium: a layout that leaves the card the width
// of a HubSpot record tab at common window sizes, the record page in the simulated user's language,
// and a timeline that lists the contact among a meeting's attendees.
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ACME_TOKEN } from '@meeting-card/hubspot-emulator';
import { expect as pwExpect } from './pw-expect';
import { ARTIFACTS_DIR, describeInBrowser, openHarness, type BrowserHarness } from './test-support';

jest.setTimeout(90_000);

const MARIA = '101';

describeInBrowser('the workbench page', () => {
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
  /** The card's column: the record tab panel the card sits in. */
  const cardColumn = () => page.getByRole('tabpanel');

  async function open(query: string, width: number) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${harness.workbench.url}/?${query}`);
    // The card has rendered its form (the first field, whatever the language).
    await card().locator('input').first().waitFor();
  }

  async function widthOf(locator: Locator): Promise<number> {
    return (await locator.boundingBox())?.width ?? 0;
  }

  /** Widths of the card's visible fields: text-like ones, and all but checkboxes and radios. */
  async function fieldWidths(): Promise<{ text: number[]; all: number[] }> {
    const measure = (selector: string) =>
      card()
        .locator(selector)
        .evaluateAll((elements) =>
          elements
            .map((element) => element.getBoundingClientRect().width)
            .filter((width) => width > 0)
            .map(Math.round),
        );
    return {
      text: await measure('input[type="text"], textarea'),
      all: await measure('input:not([type="checkbox"]):not([type="radio"]), select, textarea'),
    };
  }

  async function horizontalOverflow(): Promise<number> {
    return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  test('at a 1,280 px window the card column is as wide as a HubSpot record tab (at least 600 px)', async () => {
    await open(`contact=${MARIA}&user=7001&locale=en`, 1280);
    expect(await widthOf(cardColumn())).toBeGreaterThanOrEqual(600);
    // Both sidebars are still beside it.
    const middle = await cardColumn().boundingBox();
    const contact = await page.getByRole('complementary', { name: 'Contact' }).boundingBox();
    const controls = await page.getByRole('complementary', { name: 'Workbench controls' }).boundingBox();
    expect((contact?.x ?? 0) + (contact?.width ?? 0)).toBeLessThanOrEqual(middle?.x ?? 0);
    expect(controls?.x ?? 0).toBeGreaterThanOrEqual((middle?.x ?? 0) + (middle?.width ?? 0));
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0);
  });

  test.each([800, 600])('at %i px the panels stack and the card keeps a usable width', async (width) => {
    await open(`contact=${MARIA}&user=7001&locale=en`, width);
    expect(await widthOf(cardColumn())).toBeGreaterThanOrEqual(560);
    const fields = await fieldWidths();
    expect(fields.text.length).toBeGreaterThan(0);
    for (const w of fields.text) expect(w).toBeGreaterThanOrEqual(200);
    // Nothing is squeezed to a sliver (the card column used to be 40 px wide at 600 px).
    for (const w of fields.all) expect(w).toBeGreaterThanOrEqual(100);
    // The controls moved under the card rather than beside it, and nothing scrolls sideways.
    const middle = await cardColumn().boundingBox();
    const controls = await page.getByRole('complementary', { name: 'Workbench controls' }).boundingBox();
    expect(controls?.y ?? 0).toBeGreaterThan((middle?.y ?? 0) + (middle?.height ?? 0));
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `workbench-${width}px.png`), fullPage: true });
    // And the controls still work there.
    await page.getByLabel('Locale', { exact: true }).selectOption('es');
    await pwExpect(page.getByRole('heading', { name: 'Acerca de este contacto' })).toBeVisible();
  });

  /** A meeting with Maria as HubSpot would hold it: Ana Souza organizes, Ben Carter attends. */
  async function meetingWithMaria(title: string): Promise<void> {
    const response = await fetch(
      `${harness.workbench.emulator?.url}/scheduler/2026-03/meetings/calendar?organizerUserId=7001`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${ACME_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          associations: [
            {
              to: { id: MARIA },
              types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 200 }],
            },
          ],
          emailReminderSchedule: { reminders: [], shouldIncludeInviteDescription: true },
          timezone: 'America/Sao_Paulo',
          properties: {
            hs_meeting_title: title,
            hs_meeting_start_time: '2031-03-12T14:00:00Z',
            hs_meeting_end_time: '2031-03-12T14:30:00Z',
            hs_timestamp: '2031-03-12T14:00:00Z',
            hs_meeting_outcome: 'SCHEDULED',
            hubspot_owner_id: '81001',
            hs_attendee_owner_ids: ['81002'],
          },
        }),
      },
    );
    if (response.status >= 300) throw new Error(`The emulator refused the meeting: ${await response.text()}`);
    // HubSpot's search index lags a write: wait until the timeline's own search finds it.
    for (;;) {
      const listed = (await (
        await fetch(`${harness.workbench.url}/api/contacts/${MARIA}/meetings`)
      ).json()) as unknown[];
      if (listed.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  test('the timeline lists the contact among the attendees, and the organizer by name', async () => {
    await meetingWithMaria('Quarterly review');
    await open(`contact=${MARIA}&user=7001&locale=en`, 1280);
    const timeline = page.getByRole('list', { name: 'Activity timeline' });
    const meeting = timeline.getByRole('article', { name: 'Meeting: Quarterly review' });
    await pwExpect(meeting).toBeVisible();
    await pwExpect(meeting.getByTestId('meeting-attendees')).toHaveText('Maria Oliveira, Ben Carter');
    await pwExpect(meeting.getByRole('definition').first()).toHaveText('Ana Souza');
  });

  test.each([
    {
      locale: 'pt-BR',
      about: 'Sobre este contato',
      overview: 'Visão geral',
      activity: 'Atividades',
      timeline: 'Linha do tempo de atividades',
      meeting: 'Reunião: Quarterly review',
      count: '1 reunião',
      kind: 'Reunião · agendada',
      terms: ['Organizador', 'Participantes'],
    },
    {
      locale: 'es',
      about: 'Acerca de este contacto',
      overview: 'Resumen',
      activity: 'Actividad',
      timeline: 'Cronología de actividad',
      meeting: 'Reunión: Quarterly review',
      count: '1 reunión',
      kind: 'Reunión · programada',
      terms: ['Organizador', 'Asistentes'],
    },
  ])('the record page around the card speaks the language of the user ($locale)', async (words) => {
    await meetingWithMaria('Quarterly review');
    await open(`contact=${MARIA}&user=7001&locale=${words.locale}`, 1280);
    await pwExpect(page.getByRole('heading', { name: words.about })).toBeVisible();
    await pwExpect(page.getByRole('tab', { name: words.overview })).toBeVisible();
    await pwExpect(page.getByRole('heading', { name: words.activity, exact: true })).toBeVisible();
    const meeting = page
      .getByRole('list', { name: words.timeline })
      .getByRole('article', { name: words.meeting });
    await pwExpect(meeting).toBeVisible();
    await pwExpect(page.getByText(words.count, { exact: true })).toBeVisible();
    await pwExpect(meeting.getByText(words.kind, { exact: true })).toBeVisible();
    for (const term of words.terms) await pwExpect(meeting.getByText(term, { exact: true })).toBeVisible();
    await pwExpect(meeting.getByTestId('meeting-attendees')).toHaveText('Maria Oliveira, Ben Carter');
    // None of the page's own English is left outside the card and the developer panels.
    const record = [
      await page.getByRole('complementary', { name: /Contato|Contacto/ }).innerText(),
      await page.getByRole('list', { name: words.timeline }).innerText(),
      await page.locator('#timeline-heading').innerText(),
    ].join(' ');
    for (const english of ['About this contact', 'Phone number', 'Organizer', 'Attendees', 'Activity'])
      expect(record).not.toContain(english);
    await page.screenshot({
      path: path.join(ARTIFACTS_DIR, `workbench-${words.locale}.png`),
      fullPage: true,
    });
  });
});
