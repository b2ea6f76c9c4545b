// Prints the figures of a lag distribution from seeded draws (the README's figures come from this):
//   node --import tsx dev/emulator/src/lag-figures.ts [realistic|instant|<ms>|<json>] [draws=100000] [seed=1]
import { drawLag, parseLagArgument } from './lag';
import { mulberry32 } from './random';

const [lagText = 'realistic', drawsText = '100000', seedText = '1'] = process.argv.slice(2);
const lag = parseLagArgument(lagText, 'lag');
const random = mulberry32(Number(seedText));
const sorted = Array.from({ length: Number(drawsText) }, () => drawLag(lag, random)).sort((a, b) => a - b);
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const share = (ms: number) => sorted.filter((x) => x > ms).length / sorted.length;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(`lag ${JSON.stringify(lag)}, ${sorted.length} draws, seed ${seedText}`);
for (const p of [0.05, 0.5, 0.95, 0.99, 0.999]) console.log(`  p${p * 100}: ${seconds(at(p))}`);
console.log(`  mean: ${seconds(sorted.reduce((a, b) => a + b, 0) / sorted.length)}, max: ${seconds(at(1))}`);
for (const ms of [10_000, 60_000, 120_000])
  console.log(`  over ${seconds(ms)}: ${(share(ms) * 100).toFixed(2)} %`);
