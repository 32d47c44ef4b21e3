// `npm run web`: serves the console for a browser on a printed localhost URL, connected to the
// embedded demo marketplace (unless --no-demo). Options:
//   --port <n>            console port (default 5170; 0 = any free port)
//   --data-dir <path>     where connected shops are kept (default ~/.local/share/seller-console-web)
//   --no-demo             run without the embedded demo marketplace
//   --demo-port <n>       demo marketplace port (default 0 = any free port)
//   --demo-seed <n>       demo data seed (default 1)
//   --demo-threads <n>    demo threads across its four shops (default 300)
//   --buyer-pace-ms <n>   demo buyers write a new message every n ms (default 45000; 0 = never)
//   --faults              enable the demo marketplace's fault-injection control surface (tests only)
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startConsoleHost } from '../host/console-host';
import { directoryFiles } from '../host/static-files';
import { plainSecretBox } from '../shops/shop-store';
import { startWebServer } from './web-server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5170' },
    'data-dir': { type: 'string' },
    'no-demo': { type: 'boolean', default: false },
    'demo-port': { type: 'string', default: '0' },
    'demo-seed': { type: 'string', default: '1' },
    'demo-threads': { type: 'string', default: '300' },
    'buyer-pace-ms': { type: 'string', default: '45000' },
    faults: { type: 'boolean', default: false },
  },
});

function integer(name: string, text: string | undefined): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number, got "${text}".`);
    process.exit(2);
  }
  return value;
}

const here = dirname(fileURLToPath(import.meta.url));
const log = (message: string, error?: unknown) => console.error(message, error ?? '');
const buyerPaceMs = integer('buyer-pace-ms', values['buyer-pace-ms']);
const dataDir = resolve(values['data-dir'] ?? join(homedir(), '.local', 'share', 'seller-console-web'));

const host = await startConsoleHost({
  mode: 'web',
  version: process.env.npm_package_version ?? '0.0.0',
  dataDir,
  secrets: plainSecretBox,
  files: directoryFiles(join(here, '..', 'renderer')),
  demo: values['no-demo']
    ? null
    : {
        port: integer('demo-port', values['demo-port']),
        seed: integer('demo-seed', values['demo-seed']),
        threads: integer('demo-threads', values['demo-threads']),
        buyerPaceMs: buyerPaceMs === 0 ? null : buyerPaceMs,
        faults: values.faults,
      },
  log,
});
const server = await startWebServer({ host: '127.0.0.1', port: integer('port', values.port), handle: host.handle, log });

console.log(`Seller console (web mode): ${server.url}`);
if (host.demo) {
  console.log(`Demo marketplace: ${host.demo.url}${values.faults ? ' (fault injection on)' : ''}`);
  for (const shop of host.demo.shops) console.log(`  shop ${shop.id} ${shop.market} ${shop.name}`);
}
console.log(`Connected shops are kept in ${dataDir}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void Promise.all([server.close(), host.close()]).finally(() => process.exit(0));
  });
}
