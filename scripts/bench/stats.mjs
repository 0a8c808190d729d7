// Order statistics for timing samples (nearest rank), rounded for reports.

function quantile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? null;
}

export const median = (samples) => quantile(samples, 0.5);
export const p95 = (samples) => quantile(samples, 0.95);

export function summary(samples) {
  return { median: median(samples), p95: p95(samples), n: samples.length };
}

/** Milliseconds with precision that suits their size. */
export function ms(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

export function ratio(value) {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(2);
}
