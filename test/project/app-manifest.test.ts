// The private app's manifests: what the app asks HubSpot for, and how the functions are declared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { functionsDir, repoRoot } from './test-support';

interface AppManifest {
  uid: string;
  type: string;
  config: {
    name: string;
    description: string;
    distribution: string;
    auth: {
      type: string;
      requiredScopes: string[];
      optionalScopes: string[];
      conditionallyRequiredScopes: string[];
    };
    permittedUrls: Record<string, string[]>;
    support: { supportEmail: string; documentationUrl: string; supportUrl: string };
  };
}
interface FunctionManifest {
  uid: string;
  type: string;
  config: { entrypoint: string; secretKeys: string[] };
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const app = readJson<AppManifest>(path.join(repoRoot, 'src', 'app', 'app-hsmeta.json'));

describe('the private app manifest', () => {
  it('asks for exactly the three scopes the meeting flow uses', () => {
    expect([...app.config.auth.requiredScopes].sort()).toEqual([
      'crm.objects.contacts.read',
      'crm.objects.contacts.write',
      'crm.objects.owners.read',
    ]);
    // Free slots, deals and company names (issue 10): the card works without them.
    expect(app.config.auth.optionalScopes).toEqual([
      'crm.objects.companies.read',
      'crm.objects.deals.read',
      'scheduler.meetings.meeting-link.read',
    ]);
    expect(app.config.auth.conditionallyRequiredScopes).toEqual([]);
  });

  it('is a private app with static auth, the only kind that may have app functions', () => {
    expect({
      uid: app.uid,
      type: app.type,
      distribution: app.config.distribution,
      auth: app.config.auth.type,
    }).toEqual({
      uid: 'meeting_card_app',
      type: 'app',
      distribution: 'private',
      auth: 'static',
    });
  });

  it('has a name, a description and filled support fields', () => {
    expect(app.config.name).toBe('Meeting Card');
    expect(app.config.description.length).toBeGreaterThan(20);
    expect(app.config.support.supportEmail).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(app.config.support.documentationUrl).toMatch(/^https:\/\/[^\s/]+\.[a-z]+\//);
    expect(app.config.support.supportUrl).toMatch(/^https:\/\/[^\s/]+\.[a-z]+\//);
  });

  it('permits no fetch, iframe or image URLs, since the private card only calls its own functions', () => {
    expect(app.config.permittedUrls).toEqual({ fetch: [], iframe: [], img: [] });
  });

  it('belongs to the meeting-card project on platform 2026.03 with src as its source folder', () => {
    expect(readJson<unknown>(path.join(repoRoot, 'hsproject.json'))).toEqual({
      name: 'meeting-card',
      srcDir: 'src',
      platformVersion: '2026.03',
    });
  });
});

describe('the app function manifests', () => {
  it.each([
    ['create-meeting-hsmeta.json', 'create_meeting', '/app/functions/create-meeting.js'],
    ['form-options-hsmeta.json', 'form_options', '/app/functions/form-options.js'],
    ['meeting-outcome-hsmeta.json', 'meeting_outcome', '/app/functions/meeting-outcome.js'],
  ])('%s declares %s at the bundle build.mjs writes', (file, uid, entrypoint) => {
    const meta = readJson<FunctionManifest>(path.join(functionsDir, file));
    expect({ uid: meta.uid, type: meta.type, entrypoint: meta.config.entrypoint }).toEqual({
      uid,
      type: 'app-function',
      entrypoint,
    });
  });

  it('list no secret keys: HubSpot injects PRIVATE_APP_ACCESS_TOKEN itself, and there is no other secret', () => {
    for (const file of [
      'create-meeting-hsmeta.json',
      'form-options-hsmeta.json',
      'meeting-outcome-hsmeta.json',
    ]) {
      expect(readJson<FunctionManifest>(path.join(functionsDir, file)).config.secretKeys).toEqual([]);
    }
  });
});
