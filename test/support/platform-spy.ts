// A platform client that lets a test see (and break) every read before it is made: to count the
// requests a sync pass costs, or to fail one operation while the others reach the demo marketplace.
import type { ReadCode } from '../../renderer/src/api/platform';
import type { PlatformFailure } from '../../renderer/src/api/platform-failure';
import type { SyncPlatform } from '../../renderer/src/sync/sync-platform';

/** Called before each read with its shop, operation and input; a failure it returns is answered instead of making the read. */
export type ReadSpy = (shopId: string, code: ReadCode, input: unknown) => PlatformFailure | void | Promise<PlatformFailure | void>;

/** `inner`'s reads, each shown to `spy` first (see ReadSpy). */
export function spiedPlatform(inner: SyncPlatform, spy: ReadSpy): SyncPlatform {
  return {
    async callRaw(shopId, code, input, options) {
      const failure = await spy(shopId, code, input);
      return failure ? { ok: false, failure } : inner.callRaw(shopId, code, input, options);
    },
  };
}
