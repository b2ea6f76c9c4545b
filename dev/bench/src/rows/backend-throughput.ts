import { pendingRow, type BenchRow } from '../row';

const TARGET = 'added p99 ≤ 5 ms; req/s and peak RSS printed';

/** Autocannon on the backend's signed POST /api/meetings vs the emulator directly: pending until the route exists. */
export async function backendThroughputRows(_options: { seconds: number }): Promise<BenchRow[]> {
  return [
    pendingRow(
      'backend-throughput',
      'backend create throughput (signed POST /api/meetings)',
      TARGET,
      'the backend route does not exist yet',
    ),
  ];
}
