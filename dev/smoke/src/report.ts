// The smoke report as a person reads it, each measured answer beside what the emulator assumes,
// so whoever ran it can tell which emulator default (dev/emulator) or README claim to correct.
import type { SmokeReport, Visibility } from './smoke';

const ms = (v: Visibility | undefined) =>
  !v
    ? 'not measured'
    : v.seenAfterMs === null
      ? `not seen (${v.attempts} reads, last HTTP ${v.lastStatus})`
      : `${v.seenAfterMs} ms (${v.attempts} reads)`;

export function comparisonRows(report: SmokeReport): Array<[string, string, string]> {
  const { answers, visibility, readBack } = report;
  const differing = Object.entries(readBack ?? {}).filter(([, r]) => !r.same);
  return [
    [
      'search (POST …/meetings/search) sees the new meeting after',
      ms(visibility?.search),
      "lag.search 'realistic' unless set: median 4 s, p95 30 s, p99 ≈ 69 s (dev/emulator/src/lag.ts)",
    ],
    ['GET …/meetings/{id} sees it after', ms(visibility?.getById), 'at once'],
    ['contact → meetings associations see it after', ms(visibility?.associations), 'at once'],
    ['POST …/meetings/batch/read sees it after', ms(visibility?.batchRead), 'at once'],
    [
      'every property sent reads back unchanged',
      readBack === null
        ? 'not read'
        : differing.length === 0
          ? `yes (${Object.keys(readBack).length} properties)`
          : `no: ${differing.map(([name, r]) => `${name} sent ${JSON.stringify(r.sent)} read ${JSON.stringify(r.read)}`).join('; ')}`,
      'yes',
    ],
    [
      'owner by user id (GET /crm/owners/2026-03/{userId}?idProperty=userId)',
      `HTTP ${answers.ownerByUserId.status}, userId is a ${answers.ownerByUserId.userIdType}`,
      'HTTP 200, userId is a number',
    ],
    [
      'hs_activity_type options',
      `HTTP ${answers.activityTypeOptions.status}, ${answers.activityTypeOptions.values.length}: ${answers.activityTypeOptions.values.join(', ')}`,
      "the seed's meeting types",
    ],
    [
      'a missing scope (GET /crm/objects/2026-03/tickets)',
      `HTTP ${answers.missingScope.status} ${String(answers.missingScope.category)}, requiredGranularScopes ${JSON.stringify(answers.missingScope.requiredGranularScopes)}`,
      'HTTP 403 MISSING_SCOPES, requiredGranularScopes in errors[0].context',
    ],
    [
      'an unknown meeting property',
      `HTTP ${answers.unknownProperty.status} ${String(answers.unknownProperty.category)}`,
      'HTTP 404 OBJECT_NOT_FOUND',
    ],
  ];
}

export function formatReport(report: SmokeReport): string {
  const lines = [
    `Meeting Card smoke run, account ${report.portalId} (${report.baseUrl}), ${report.startedAt}`,
    `organizer user ${report.organizerUserId}; throwaway contact ${report.contact.id ?? '-'} <${report.contact.email}>`,
    `booking through create_meeting: ${report.booking.ok ? `meeting ${report.booking.meetingId}` : `failed: ${JSON.stringify(report.booking.result)}`} (${report.booking.createCalls} create call(s) sent)`,
    '',
  ];
  for (const [what, measured, emulator] of comparisonRows(report)) {
    lines.push(`- ${what}`, `    measured: ${measured}`, `    emulator: ${emulator}`);
  }
  lines.push(
    '',
    `cleanup: meetings ${report.meetingsArchived.map((m) => `${m.id} HTTP ${m.status}`).join(', ') || 'none'}; contact HTTP ${report.contact.archiveStatus ?? '-'}`,
  );
  if (report.error) lines.push(`error: ${report.error}`);
  return lines.join('\n');
}

/** Booked, measured, and everything it created archived (HubSpot answers 204 to an archive). */
export function succeeded(report: SmokeReport): boolean {
  return (
    report.booking.ok &&
    report.error === null &&
    report.contact.archiveStatus === 204 &&
    report.meetingsArchived.length > 0 &&
    report.meetingsArchived.every((m) => m.status === 204)
  );
}
