import { trustedRecordType } from '@meeting-card/core/server';
import type { RecordType } from '@meeting-card/core';
import type { AppFunctionContext } from './app-function-context';

/**
 * The record the card is on, as HubSpot vouched for it: the id from `propertiesToSend.hs_object_id`,
 * the type named by the card (`parameters.recordType`) only if `propertiesToSend` agrees (record-type.ts).
 */
export function recordOfContext(
  context: AppFunctionContext | undefined,
): { ok: true; recordType: RecordType; recordId: unknown } | { ok: false } {
  const parameters = context?.parameters;
  const claimed =
    typeof parameters === 'object' && parameters !== null && !Array.isArray(parameters)
      ? (parameters as Record<string, unknown>).recordType
      : undefined;
  const recordType = trustedRecordType(claimed, context?.propertiesToSend);
  if (!recordType) return { ok: false };
  return { ok: true, recordType, recordId: context?.propertiesToSend?.hs_object_id };
}
