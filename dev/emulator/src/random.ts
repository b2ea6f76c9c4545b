// Small seeded random generators, so fault patterns and index lags can be replayed exactly.

/** mulberry32: a 32-bit PRNG, uniform on [0, 1). Good enough for test traffic, not for secrets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for one named stream of a seeded family (so changing one stream's use leaves the others alone). */
export function streamSeed(seed: number, stream: string): number {
  // FNV-1a over the stream name, mixed with the seed.
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < stream.length; i += 1) {
    h ^= stream.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A standard normal draw (Box-Muller) from a uniform generator. */
export function standardNormal(random: () => number): number {
  // 1 - u is in (0, 1]: never log(0).
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
