// Per-route call counters, so tests can assert "the create endpoint was called exactly once".
import type { CallCount, CallsSummary } from './types';

export class CallLog {
  private readonly counts = new Map<string, CallCount>();

  record(method: string, route: string, status: number): void {
    const key = `${method} ${route} ${status}`;
    const entry = this.counts.get(key) ?? { method, route, status, count: 0 };
    entry.count += 1;
    this.counts.set(key, entry);
  }

  summary(): CallsSummary {
    const routes = [...this.counts.values()].map((c) => ({ ...c }));
    return { total: routes.reduce((sum, c) => sum + c.count, 0), routes };
  }

  /** How many calls matched method and route (any status unless given). */
  count(method: string, route: string, status?: number): number {
    let n = 0;
    for (const c of this.counts.values()) {
      if (c.method === method && c.route === route && (status === undefined || c.status === status))
        n += c.count;
    }
    return n;
  }

  reset(): void {
    this.counts.clear();
  }
}
