/** The few thread fields the first inbox slice shows (full schemas live in shared/mirakl). */
export interface ThreadRow {
  shopId: string;
  shopLabel: string;
  market: string;
  id: string;
  topic: string;
  customer: string;
  dateUpdated: string;
  replyNeededSince: string | null;
  takenOver: boolean;
}
