/**
 * DELETE /appinstalls/2026-03/external-install with an access token of the account: HubSpot removes
 * the app from that account. Sent with fetch rather than the core's client: that client always
 * declares a JSON body, which an empty DELETE does not have.
 */
export async function uninstallAtHubSpot(
  apiBaseUrl: string,
  accessToken: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ ok: boolean; status: number }> {
  try {
    const response = await fetchImpl(`${apiBaseUrl}/appinstalls/2026-03/external-install`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${accessToken}` },
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer().catch(() => undefined);
    return { ok: response.ok, status: response.status };
  } catch {
    return { ok: false, status: 0 };
  }
}
