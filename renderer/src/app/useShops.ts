import { useQuery } from '@tanstack/react-query';
import { callHostOrThrow } from '../host/host-client';

/** The shops the host knows (demo and connected), refreshed when settings change them. */
export function useShops() {
  return useQuery({ queryKey: ['shops'], queryFn: () => callHostOrThrow('shops:list', {}), staleTime: 60_000 });
}
