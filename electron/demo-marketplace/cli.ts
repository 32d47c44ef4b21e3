// Runs the demo marketplace on its own:
//   npm run demo-marketplace -- --port 8080 --seed 1 --key demo [--threads n] [--buyer-pace-ms n] [--faults] [--bench]
// Prints its URL and each shop's id, name, market and API key; stops on SIGINT/SIGTERM.
import { parseArgs } from 'node:util';
import { startDemoMarketplace } from './index';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: '1' },
    key: { type: 'string', default: 'demo' },
    threads: { type: 'string' },
    'messages-per-thread': { type: 'string' },
    'buyer-pace-ms': { type: 'string' },
    faults: { type: 'boolean', default: false },
    bench: { type: 'boolean', default: false },
  },
});

function int(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a non-negative integer, got ${raw}`);
    process.exit(2);
  }
  return n;
}

// No top-level await: the same file is bundled by electron-vite, whatever its output format.
async function main(): Promise<void> {
  // --bench: 10,000 threads averaging 11 messages (110,000 messages, above the 100k benchmark floor).
  const running = await startDemoMarketplace({
    port: int('port', values.port),
    host: values.host,
    seed: int('seed', values.seed),
    key: values.key,
    threads: values.bench ? 10_000 : int('threads', values.threads),
    messagesPerThread: values.bench ? 11 : int('messages-per-thread', values['messages-per-thread']),
    buyerPaceMs: int('buyer-pace-ms', values['buyer-pace-ms']) ?? null,
    faults: values.faults,
  });

  console.log(`Demo marketplace listening on ${running.url}${values.faults ? ' (fault injection on: /__control)' : ''}`);
  for (const shop of running.shops) console.log(`  shop ${shop.id}  ${shop.market}  ${shop.name.padEnd(22)} key ${shop.key}`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
