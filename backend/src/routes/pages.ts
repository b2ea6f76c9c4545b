// The few pages a person sees in a browser during install. Plain HTML, no assets.

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#33475b}h1{font-size:1.5rem}</style>
</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

export function installedPage(hubId: string): string {
  return page(
    'Meeting Card is installed',
    `<p role="status">Meeting Card is now connected to HubSpot account <strong>${escapeHtml(hubId)}</strong>.</p>
<p>Open any contact record and use the Meeting Card tab to book a meeting. You can close this window.</p>`,
  );
}

export function installFailedPage(reason: string, retryUrl: string): string {
  return page(
    'Meeting Card was not installed',
    `<p role="alert">${escapeHtml(reason)}</p><p><a href="${escapeHtml(retryUrl)}">Start the installation again</a></p>`,
  );
}

/** The uninstall page: what will happen, and a button that sends the admin to HubSpot for this account. */
export function uninstallStartPage(input: { hubId: string; formSecret: string; action: string }): string {
  return page(
    'Uninstall Meeting Card',
    `<p>This removes Meeting Card from HubSpot account <strong>${escapeHtml(input.hubId)}</strong> and deletes
everything Meeting Card keeps for it (its access tokens and the record of booked meetings).</p>
<p>HubSpot will ask you to sign in and approve Meeting Card for this account first. Only users HubSpot allows
to install apps in the account can pass that step; anyone else is stopped there and nothing changes.</p>
<form method="post" action="${escapeHtml(input.action)}">
<input type="hidden" name="portalId" value="${escapeHtml(input.hubId)}">
<input type="hidden" name="form" value="${escapeHtml(input.formSecret)}">
<button type="submit">Continue to HubSpot to uninstall</button>
</form>`,
  );
}

/** Which account to uninstall from, when the link did not say. */
export function uninstallAskAccountPage(action: string, problem?: string): string {
  return page(
    'Uninstall Meeting Card',
    `${problem ? `<p role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="get" action="${escapeHtml(action)}">
<label>HubSpot account ID <input name="portalId" inputmode="numeric" pattern="[0-9]{1,20}" required></label>
<button type="submit">Next</button>
</form>`,
  );
}

export function notInstalledPage(hubId: string): string {
  return page(
    'Nothing to uninstall',
    `<p role="status">Meeting Card is not installed in HubSpot account <strong>${escapeHtml(hubId)}</strong> as far as
this service knows, and it keeps nothing for that account. Nothing was changed.</p>
<p>If HubSpot still lists Meeting Card under Settings &gt; Integrations &gt; Connected apps, uninstall it there.</p>`,
  );
}

export function uninstalledPage(hubId: string, deletedData: boolean): string {
  return page(
    'Meeting Card is uninstalled',
    `<p role="status">HubSpot removed Meeting Card from account <strong>${escapeHtml(hubId)}</strong>.</p>
<p>${
      deletedData
        ? 'Everything Meeting Card kept for this account has been deleted.'
        : 'Meeting Card kept nothing for this account, so there was nothing to delete.'
    }</p>`,
  );
}

export function uninstallFailedPage(reason: string, retryUrl: string): string {
  return page(
    'Meeting Card was not uninstalled',
    `<p role="alert">${escapeHtml(reason)}</p><p><a href="${escapeHtml(retryUrl)}">Start again</a></p>`,
  );
}
