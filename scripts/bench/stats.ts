/** The summaries the bench reports: medians (the machine's load moves single runs by tens of %) and 90th percentiles. */

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The value below which 90 % of the samples lie (the sample at index ⌊0.9 n⌋ of the sorted list). */
export const p90 = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)]!;

/** Milliseconds to one decimal. */
const tenth = (ms: number) => Math.round(ms * 10) / 10;

/** The median and 90th percentile of timings, to a tenth of a millisecond. */
export function spread(ms: readonly number[]): { medianMs: number; p90Ms: number } {
  return { medianMs: tenth(median(ms)), p90Ms: tenth(p90(ms)) };
}
