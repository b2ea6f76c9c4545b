/** What backend-process.ts tells the bench once it is listening with the app installed. */
export interface BackendProcessReady {
  url: string;
  clientSecret: string;
  publicOrigin: string;
}

/** The origin HubSpot would call; the signature covers it (the process listens on 127.0.0.1). */
export const BENCH_PUBLIC_ORIGIN = 'https://meeting-card.bench.test';
