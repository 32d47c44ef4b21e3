import type { IntlShape } from 'react-intl';

/** A file size in the UI language ("12 B", "1,4 MB"), with binary multiples as file managers show them. */
export function formatBytes(intl: Pick<IntlShape, 'formatNumber'>, bytes: number): string {
  if (bytes < 1024) return intl.formatNumber(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'short' });
  if (bytes < 1024 * 1024)
    return intl.formatNumber(bytes / 1024, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 1 });
  return intl.formatNumber(bytes / (1024 * 1024), { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 });
}
