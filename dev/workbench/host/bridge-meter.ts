// Counts what the card sends across the remote-ui bridge. In HubSpot the card runs in a web worker
// and each remote-ui action (mount, insert/remove child, update props, update text) is posted to the
// page by @remote-ui/rpc as `[FUNCTION_APPLY, [callId, receiveFunctionId, [action, ...args]]]`, with
// every function in the props replaced by `{ "_@f": id }`. The workbench runs the card on the page,
// so nothing is serialized; the meter serializes each message the way rpc would and counts the
// UTF-8 bytes of its JSON (postMessage's structured clone is not JSON, but it grows with the same
// payload, and JSON is the figure anyone can reproduce).
import type { RemoteChannel } from '@remote-ui/core';

/** @remote-ui/rpc's message type for calling a function the other side passed (here `receive`). */
const FUNCTION_APPLY = 5;
/** rpc's ids are four random base-16 segments of up to 14 digits; a fixed one of that length. */
const RPC_ID = ['0', '1', '2', '3'].map((digit) => digit.repeat(14)).join('-');
/** remote-ui action numbers (@remote-ui/core types) and their names, for the per-action counts. */
const ACTION_NAMES: Record<number, string> = {
  0: 'mount',
  1: 'insertChild',
  2: 'removeChild',
  3: 'updateText',
  4: 'updateProps',
};

export interface BridgeTotals {
  messages: number;
  bytes: number;
  /** Bytes per action name (mount, updateProps, …). */
  byAction: Record<string, number>;
  /** The largest single message. */
  largest: number;
}

export interface BridgeMeter {
  /** A channel that counts each message, then hands it on to `receive` unchanged. */
  wrap(receive: RemoteChannel): RemoteChannel;
  totals(): BridgeTotals;
  reset(): void;
}

const encoder = new TextEncoder();

/** The UTF-8 length of the JSON rpc would post for one remote-ui action. */
export function serializedMessageBytes(action: number, args: readonly unknown[]): number {
  const message = [FUNCTION_APPLY, [RPC_ID, RPC_ID, [action, ...args]]];
  const encodeFunctions = (_key: string, value: unknown) =>
    typeof value === 'function' ? { '_@f': RPC_ID } : value;
  let json: string;
  try {
    json = JSON.stringify(message, encodeFunctions);
  } catch {
    // A cycle (rpc would refuse to post it): count each object once rather than fail the card.
    const seen = new WeakSet<object>();
    json = JSON.stringify(message, (key, value: unknown) => {
      const encoded = encodeFunctions(key, value);
      if (typeof encoded !== 'object' || encoded === null) return encoded;
      if (seen.has(encoded)) return undefined;
      seen.add(encoded);
      return encoded;
    });
  }
  return encoder.encode(json).byteLength;
}

export function createBridgeMeter(): BridgeMeter {
  let totals: BridgeTotals = { messages: 0, bytes: 0, byAction: {}, largest: 0 };
  return {
    wrap(receive) {
      const counting = (action: number, ...args: unknown[]) => {
        const bytes = serializedMessageBytes(action, args);
        const name = ACTION_NAMES[action] ?? String(action);
        totals.messages += 1;
        totals.bytes += bytes;
        totals.byAction[name] = (totals.byAction[name] ?? 0) + bytes;
        totals.largest = Math.max(totals.largest, bytes);
        return (receive as (action: number, ...args: unknown[]) => void)(action, ...args);
      };
      return counting as RemoteChannel;
    },
    totals: () => ({ ...totals, byAction: { ...totals.byAction } }),
    reset() {
      totals = { messages: 0, bytes: 0, byAction: {}, largest: 0 };
    },
  };
}
