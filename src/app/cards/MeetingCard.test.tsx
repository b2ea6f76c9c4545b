import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const here = __dirname;

describe('the private project card', () => {
  const meta = JSON.parse(readFileSync(path.join(here, 'meeting-card-hsmeta.json'), 'utf8'));

  it('is a contact record tab card whose entrypoint exists', () => {
    expect(meta).toMatchObject({
      uid: 'meeting_card',
      type: 'card',
      config: {
        location: 'crm.record.tab',
        objectTypes: ['contacts', 'deals', 'companies'],
        entrypoint: '/app/cards/MeetingCard.tsx',
      },
    });
    expect(Object.keys(meta).every((key) => ['uid', 'type', 'config', 'dependencies'].includes(key))).toBe(
      true,
    );
    expect(existsSync(path.join(here, '..', '..', meta.config.entrypoint))).toBe(true);
  });

  it('pins the SDK and React versions HubSpot builds with', () => {
    const pkg = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));
    expect(pkg.dependencies).toMatchObject({ '@hubspot/ui-extensions': '0.17.0', react: '18.3.1' });
  });

  it('registers the shared card with hubspot.extend, wired to the app functions', async () => {
    await jest.isolateModulesAsync(async () => {
      const { hubspot } = await import('@hubspot/ui-extensions');
      const { MeetingCard } = await import('@meeting-card/card');
      const registered: ((api: unknown) => { type: unknown; props: Record<string, unknown> })[] = [];
      // Outside HubSpot's worker `hubspot.extend` is a no-op: capture the render callback instead.
      jest.spyOn(hubspot, 'extend').mockImplementation(((callback: (typeof registered)[number]) => {
        registered.push(callback);
      }) as unknown as typeof hubspot.extend);
      await import('./MeetingCard');
      expect(registered).toHaveLength(1);
      const context = { user: { id: 1 }, portal: { timezone: 'UTC' } };
      const actions = { refreshObjectProperties: () => undefined };
      const element = registered[0]!({ context, actions });
      expect(element.type).toBe(MeetingCard);
      expect(element.props).toMatchObject({ context, actions });
      expect(typeof (element.props.server as { createMeeting: unknown }).createMeeting).toBe('function');
    });
  });
});
