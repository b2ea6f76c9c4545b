/** The account has no usable install here (never installed, uninstalled, or its data was deleted). */
export class AccountNotInstalledError extends Error {
  constructor(public readonly hubId: string) {
    super(`Account ${hubId} has not installed the app`);
    this.name = 'AccountNotInstalledError';
  }
}

/** HubSpot's token endpoint could not be reached or failed for a reason unrelated to the install. */
export class TokenRefreshFailedError extends Error {
  constructor(
    public readonly hubId: string,
    public readonly reason: string,
  ) {
    super(`Refreshing the token of account ${hubId} failed: ${reason}`);
    this.name = 'TokenRefreshFailedError';
  }
}
