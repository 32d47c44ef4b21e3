import { useQuery } from '@tanstack/react-query';
import { useOptionalWorkstation } from '../features/workstation';
import { callHostOrThrow } from '../host/host-client';

/**
 * The shops the host knows (demo and connected) that the open profile may use, refreshed when
 * settings change them.
 */
export function useShops() {
  const allowed = useOptionalWorkstation()?.profile.shopIds ?? null;
  return useQuery({
    queryKey: ['shops', allowed],
    queryFn: async () => {
      const shops = await callHostOrThrow('shops:list', {});
      return allowed ? shops.filter((shop) => allowed.includes(shop.id)) : shops;
    },
    staleTime: 60_000,
  });
}
