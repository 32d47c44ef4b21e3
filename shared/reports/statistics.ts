// Order statistics for the reports: the median and the nearest-rank percentile, on numbers (ms, days).

/**
 * The median of `values` (the mean of the two middle values when there is an even number), or null for
 * none. Does not change `values`.
 */
export function median(values: ArrayLike<number>): number | null {
  return medianOfSorted(sortedNumbers(values));
}

/** A sorted copy of `values` (a typed array: the engine's numeric sort, no comparator calls). */
export function sortedNumbers(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

/** The median of numbers already in ascending order (see median). */
export function medianOfSorted(sorted: ArrayLike<number>): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The `p`-th percentile (0 < p <= 100) by the nearest-rank method: the smallest value that at least p %
 * of the values are less than or equal to — always one of the values, so "90 % of replies took at most
 * this long" holds exactly. Null for no values; throws RangeError for p outside (0, 100].
 */
export function percentile(values: ArrayLike<number>, p: number): number | null {
  return percentileOfSorted(sortedNumbers(values), p);
}

/** The nearest-rank percentile of numbers already in ascending order (see percentile). */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`A percentile is above 0 and at most 100; got ${p}.`);
  if (sorted.length === 0) return null;
  return sorted[Math.ceil((p / 100) * sorted.length) - 1] as number;
}
