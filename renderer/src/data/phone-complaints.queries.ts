import type { ConsoleDatabase } from './db';
import type { CaseSummary, ShopRecord } from './records';

/**
 * The phone complaints as cases for the Cases view (stub: the phone-complaints work fills it in).
 * `shops` gives each complaint's market.
 */
export async function phoneComplaintCaseSummaries(_db: ConsoleDatabase, _shops: readonly ShopRecord[]): Promise<CaseSummary[]> {
  return [];
}
