// The card host on its own, with a fixture card (dev/workbench/fixtures) and a fixture function:
// HubSpot's component semantics in HTML, hubspot.serverless through the server, the host actions.
import path from 'node:path';
import { expect as pwExpect } from './pw-expect';
import { describeInBrowser, openHarness, type BrowserHarness } from './test-support';

jest.setTimeout(60_000);

const FIXTURES = path.resolve(__dirname, '..', '..', 'dev', 'workbench', 'fixtures');

describeInBrowser('the workbench card host', () => {
  let harness: BrowserHarness;

  beforeAll(async () => {
    harness = await openHarness({
      cardEntry: path.join(FIXTURES, 'FixtureCard.tsx'),
      functionsDir: path.join(FIXTURES, 'functions'),
    });
  });
  afterAll(async () => harness?.close());

  test('the card gets the context chosen on the page', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.workbench.url}/?contact=102&user=7002&locale=es&tz=Asia%2FTokyo`);
    await pwExpect(page.getByRole('heading', { name: 'Fixture card for Ben' })).toBeVisible();
    await pwExpect(page.getByText('Locale es · zone Asia/Tokyo · record 102')).toBeVisible();

    await page.getByLabel('Locale', { exact: true }).selectOption('pt-BR');
    await pwExpect(page.getByText('Locale pt-BR · zone Asia/Tokyo · record 102')).toBeVisible();
    await page.close();
  });

  test('an input reports each keystroke with onInput and the committed value with onChange on blur', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.workbench.url}/?contact=101`);
    const note = page.getByTestId('card').getByLabel('Note', { exact: true });
    await note.pressSequentially('hello');
    await pwExpect(page.getByTestId('typed')).toHaveText('Typed: hello');
    await pwExpect(page.getByTestId('committed')).toHaveText('Committed:');
    await note.blur();
    await pwExpect(page.getByTestId('committed')).toHaveText('Committed: hello');

    await note.fill('far too long for it');
    await pwExpect(note).toHaveAttribute('aria-invalid', 'true');
    await pwExpect(note).toHaveAccessibleDescription('At most 10 characters');
    await page.close();
  });

  test('an unknown component shows a visible placeholder and the rest of the card still works', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.workbench.url}/?contact=101`);
    await pwExpect(page.getByText('Not available in the workbench: NotInTheWorkbench')).toBeVisible();
    await pwExpect(page.getByText('Child of an unknown component')).toBeVisible();
    await pwExpect(page.getByRole('button', { name: 'Send' })).toBeEnabled();
    await page.close();
  });

  test.each([
    {
      locale: 'pt-BR',
      noOptions: 'Nenhuma opção',
      selectAnOption: 'Selecione uma opção',
      unsupported: 'Indisponível no workbench: NotInTheWorkbench',
    },
    {
      locale: 'es',
      noOptions: 'No hay opciones',
      selectAnOption: 'Selecciona una opción',
      unsupported: 'No disponible en el workbench: NotInTheWorkbench',
    },
  ])('the host components speak the language of the user ($locale)', async (words) => {
    const page = await harness.newPage();
    await page.goto(`${harness.workbench.url}/?contact=101&locale=${words.locale}`);
    const card = page.getByTestId('card');
    await pwExpect(card.getByRole('group', { name: 'Nothing to pick' })).toContainText(words.noOptions);
    await pwExpect(card.getByLabel('Size', { exact: true }).locator('option').first()).toHaveText(
      words.selectAnOption,
    );
    await pwExpect(card.getByText(words.unsupported)).toBeVisible();
    const text = (await card.innerText()).replace(/\s+/g, ' ');
    for (const english of ['No options', 'Select an option', 'Not available in the workbench'])
      expect(text).not.toContain(english);

    // Back in English once the user's locale is English.
    await page.getByLabel('Locale', { exact: true }).selectOption('en');
    await pwExpect(card.getByRole('group', { name: 'Nothing to pick' })).toContainText('No options');
    await page.close();
  });

  test('submitting the form sends the values through hubspot.serverless with the record properties HubSpot reads', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.workbench.url}/?contact=102`);
    const card = page.getByTestId('card');
    await card.getByLabel('Note', { exact: true }).fill('hi');
    await card.getByLabel('Day', { exact: true }).fill('2031-01-31');
    await card.getByLabel('At', { exact: true }).fill('09:45');
    await card.getByLabel('Color', { exact: true }).selectOption({ label: 'Red' });
    await card.getByLabel('Beta', { exact: true }).check();
    await card.getByLabel('Loud', { exact: true }).check();
    // Enter in the field submits the form; the pending onChange is committed first.
    await card.getByLabel('Note', { exact: true }).press('Enter');

    await pwExpect(page.getByTestId('echo-parameters')).toHaveText(
      JSON.stringify({
        note: 'hi',
        date: { year: 2031, month: 0, date: 31 },
        time: { hours: 9, minutes: 45 },
        color: 'red',
        tags: ['b'],
        loud: true,
      }),
    );
    // Only the names the card asked for, read from the record the page is on.
    await pwExpect(page.getByTestId('echo-properties')).toHaveText(
      JSON.stringify({ hs_object_id: '102', firstname: 'John' }),
    );
    await pwExpect(page.getByTestId('echo-env')).toHaveText(
      JSON.stringify({ apiBaseUrlSet: true, tokenSet: true }),
    );
    // actions.addAlert shows a toast.
    await pwExpect(page.getByRole('status').filter({ hasText: 'Echo answered' })).toBeVisible();
    await page.close();
  });
});
