/** One line of the bench table; `met` is null while the thing measured does not exist yet. */
export interface BenchRow {
  id: string;
  figure: string;
  /** What we measured, human-readable. */
  result: string;
  /** The same figure for the plain-way baseline (or the direct call), when there is one. */
  baseline?: string;
  target: string;
  met: boolean | null;
  /** A figure printed without a target (its verdict reads "—", and it counts as neither met nor missed). */
  informational?: boolean;
  /** Why a target was missed, or what a pending row waits for. */
  note?: string;
  /** Raw numbers for latest.json. */
  data?: Record<string, unknown>;
}

export function pendingRow(id: string, figure: string, target: string, note: string): BenchRow {
  return { id, figure, result: 'pending', target, met: null, note };
}
