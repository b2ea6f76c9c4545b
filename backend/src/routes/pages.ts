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
