/**
 * The cost of the preview cards alone (src/postbuild/card-render.ts), outside the build: renders N
 * cards of Latin and Cyrillic titles of every length the archive has, one at a time, and writes the
 * median CPU time a card and the median and total bytes to bench-results/cards.json.
 *
 *   npm run bench:cards                 200 cards
 *   npm run bench:cards -- --cards 1000
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderCard } from '../src/postbuild/card-render.ts';

const { values } = parseArgs({ options: { cards: { type: 'string', default: '200' } } });
const n = Number(values.cards);
if (!Number.isInteger(n) || n < 1) {
  console.error(`--cards takes a whole number of cards, such as 200; found "${values.cards}"`);
  process.exit(2);
}

const TITLES = [
  'Kazakhs fear becoming a new imperial target',
  'Казахи боятся стать новой имперской целью Москвы после январских событий',
  'Is Kazakhstan moving away from Russia? What the January unrest and the CSTO deployment say about Tokayev’s choices',
  'Токаев: миротворцы ОДКБ начнут покидать Казахстан через два дня, миссия выполнена; вывод займёт не более десяти дней',
  'Kazakhstan’s ‘terrorists’ are now to be shot on sight, says the president',
  'Qazaqstan men Reseı arasyndaǵy shekara: demarcation talks resume in Oral and Orenburg',
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const cpu: number[] = [];
const bytes: number[] = [];
for (let i = 0; i < n; i++) {
  // A number in each title, so that no two cards are the same (nothing cached between them).
  const title = `${TITLES[i % TITLES.length]} ${i}`;
  const start = process.cpuUsage();
  const png = await renderCard({ title, line: `Window on Eurasia · ${1 + (i % 28)} March 2021`, site: 'Kazakhstan–Russia Archive' });
  const used = process.cpuUsage(start);
  cpu.push((used.user + used.system) / 1000);
  bytes.push(png.length);
}
const result = {
  cards: n,
  cpuMsPerCardMedian: Number(median(cpu).toFixed(2)),
  cpuMsFirstCard: Number((cpu[0] ?? 0).toFixed(1)),
  cpuSTotal: Number((cpu.reduce((a, b) => a + b, 0) / 1000).toFixed(2)),
  bytesPerCardMedian: median(bytes),
  bytesTotal: bytes.reduce((a, b) => a + b, 0),
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/cards.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(result);
