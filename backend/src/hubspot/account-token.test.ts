import type { ApiRequest, ApiResponse, HubSpotApi } from '@meeting-card/core/server';
import { AccountNotInstalledError, TokenRefreshFailedError } from '../accounts/errors';
import { withAccountToken, type AccountTokenOptions } from './account-token';

const CREATE: ApiRequest = { method: 'POST', path: '/scheduler/2026-03/meetings/calendar', body: {} };

/** HubSpot as seen per token: `answers` maps a token to the statuses it gets, in order. */
function tokenAwareHubSpot(answers: Record<string, number[]>) {
  const sent: string[] = [];
  const clientFor = (accessToken: string): HubSpotApi => ({
    accountKey: 'oauth:1001',
    async send() {
      sent.push(accessToken);
      const status = answers[accessToken]?.shift() ?? 200;
      return { status, header: () => undefined, body: {} } satisfies ApiResponse;
    },
  });
  return { clientFor, sent };
}

function fakeTokens(overrides: Partial<AccountTokenOptions['tokens']> = {}) {
  const calls: string[] = [];
  const tokens: AccountTokenOptions['tokens'] = {
    accessToken: async () => 'token-1',
    refreshAfterRejection: async () => {
      calls.push('refresh');
      return 'token-2';
    },
    confirmRejection: async () => {
      calls.push('confirm');
      return false;
    },
    ...overrides,
  };
  return { tokens, calls };
}

describe('the account token decorator', () => {
  it('sends with the account\u2019s current token', async () => {
    const hubspot = tokenAwareHubSpot({});
    const { tokens, calls } = fakeTokens();
    expect((await withAccountToken(hubspot.clientFor, { hubId: '1001', tokens }).send(CREATE)).status).toBe(
      200,
    );
    expect(hubspot.sent).toEqual(['token-1']);
    expect(calls).toEqual([]);
  });

  it('answers a 401 with one refresh and one resend with the new token', async () => {
    const hubspot = tokenAwareHubSpot({ 'token-1': [401] });
    const { tokens, calls } = fakeTokens();
    expect((await withAccountToken(hubspot.clientFor, { hubId: '1001', tokens }).send(CREATE)).status).toBe(
      200,
    );
    expect(hubspot.sent).toEqual(['token-1', 'token-2']);
    expect(calls).toEqual(['refresh']);
  });

  it('asks the token manager to confirm when a fresh token is refused too, and resends no more', async () => {
    const hubspot = tokenAwareHubSpot({ 'token-1': [401], 'token-2': [401] });
    const { tokens, calls } = fakeTokens();
    expect((await withAccountToken(hubspot.clientFor, { hubId: '1001', tokens }).send(CREATE)).status).toBe(
      401,
    );
    expect(hubspot.sent).toEqual(['token-1', 'token-2']);
    expect(calls).toEqual(['refresh', 'confirm']);
  });

  it('sends nothing and answers a local 401 when no token can be had', async () => {
    for (const error of [new AccountNotInstalledError('1001'), new TokenRefreshFailedError('1001', 'down')]) {
      const hubspot = tokenAwareHubSpot({});
      const { tokens } = fakeTokens({
        accessToken: async () => {
          throw error;
        },
      });
      const answer = await withAccountToken(hubspot.clientFor, { hubId: '1001', tokens }).send(CREATE);
      expect(answer.status).toBe(401);
      expect(hubspot.sent).toEqual([]);
    }
  });

  it('passes the 401 on when the refresh after it fails', async () => {
    const hubspot = tokenAwareHubSpot({ 'token-1': [401] });
    const { tokens } = fakeTokens({
      refreshAfterRejection: async () => {
        throw new TokenRefreshFailedError('1001', 'refused');
      },
    });
    expect((await withAccountToken(hubspot.clientFor, { hubId: '1001', tokens }).send(CREATE)).status).toBe(
      401,
    );
    expect(hubspot.sent).toEqual(['token-1']);
  });
});
