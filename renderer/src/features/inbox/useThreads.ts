import { useQuery } from '@tanstack/react-query';
import { getJson } from '../../api/platform-client';
import type { ShopSummary } from '../../host/host-contract';
import type { ThreadRow } from './inbox.types';

interface RawThread {
  id: string;
  date_updated: string;
  topic?: { type?: string; value?: string } | null;
  metadata?: { shop_reply_needed_since?: string | null } | null;
  current_participants?: { type?: string; display_name?: string }[];
}

interface RawPage {
  data: RawThread[];
  next_page_token?: string | null;
}

/** Walks every M11 page of one shop (seek pagination) and maps the threads to rows. */
async function fetchShopThreads(shop: ShopSummary, onPage: (count: number) => void): Promise<ThreadRow[]> {
  const rows: ThreadRow[] = [];
  let pageToken: string | undefined;
  for (let guard = 0; guard < 1000; guard += 1) {
    const params: Record<string, string | number> = { limit: 50 };
    if (pageToken) params.page_token = pageToken;
    const page = (await getJson(shop.id, 'api/inbox/threads', params)) as RawPage;
    for (const t of page.data) {
      const participants = t.current_participants ?? [];
      rows.push({
        shopId: shop.id,
        shopLabel: shop.label,
        market: shop.market,
        id: t.id,
        topic: t.topic?.value ?? '',
        customer: participants.find((p) => p.type === 'CUSTOMER')?.display_name ?? '',
        dateUpdated: t.date_updated,
        replyNeededSince: t.metadata?.shop_reply_needed_since ?? null,
        takenOver: participants.some((p) => p.type === 'OPERATOR'),
      });
    }
    onPage(rows.length);
    if (!page.next_page_token) break;
    pageToken = page.next_page_token;
  }
  return rows;
}

/** Orders rows: threads waiting for a reply first, the longest-waiting on top; then by last update. */
export function compareThreadRows(a: ThreadRow, b: ThreadRow): number {
  if (a.replyNeededSince && b.replyNeededSince) return a.replyNeededSince.localeCompare(b.replyNeededSince);
  if (a.replyNeededSince) return -1;
  if (b.replyNeededSince) return 1;
  return b.dateUpdated.localeCompare(a.dateUpdated);
}

/** All threads of the given shops, fetched through the gateway, sorted by what is due first. */
export function useThreads(shops: ShopSummary[] | undefined, onProgress: (loaded: number) => void) {
  return useQuery({
    queryKey: ['threads', shops?.map((s) => s.id).join(',')],
    enabled: Boolean(shops && shops.length > 0),
    queryFn: async () => {
      const counts = new Map<string, number>();
      const report = (shopId: string) => (count: number) => {
        counts.set(shopId, count);
        onProgress([...counts.values()].reduce((sum, n) => sum + n, 0));
      };
      const perShop = await Promise.all((shops ?? []).map((shop) => fetchShopThreads(shop, report(shop.id))));
      return perShop.flat().sort(compareThreadRows);
    },
    refetchInterval: 60_000,
  });
}
