// The soak's console: the built web-mode server (out/main/web.js) run as its own process, exactly as
// `npm run web` runs it, so the soak exercises the shipped bundle rather than a test harness.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SoakStackOptions {
  root: string;
  port: number;
  demoPort: number;
  seed: number;
}

export interface SoakStack {
  consoleUrl: string;
  demoUrl: string;
  /** The server's last output lines (printed when something goes wrong). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Builds the console with electron-vite unless `build` is false, in which case a missing bundle is
 * refused with the command to run. Throws with a plain message on any problem.
 */
export function ensureBuilt(root: string, build: boolean): void {
  const entry = join(root, 'out', 'main', 'web.js');
  if (build) {
    console.log('Building the console (electron-vite build; --no-build skips this)…');
    const result = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`electron-vite build failed (exit ${result.status ?? result.signal}).`);
  }
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first (or drop --no-build).`);
}

/** Resolves when nothing listens on 127.0.0.1:port; throws otherwise (two soaks, or an e2e run, on the same ports). */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`Port ${port} on 127.0.0.1 is taken: choose others with --port / --demo-port.`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/**
 * Starts `node out/main/web.js` with the embedded demo marketplace on fixed ports, the fault
 * surface on, demo buyers silent (the soak writes as the buyers itself, so it can count the
 * messages and stop them before the final comparison) and a fresh data folder removed by stop().
 */
export async function startSoakStack(options: SoakStackOptions): Promise<SoakStack> {
  await assertPortFree(options.port);
  await assertPortFree(options.demoPort);
  const dataDir = await mkdtemp(join(tmpdir(), 'seller-console-soak-'));
  const args = [
    join(options.root, 'out', 'main', 'web.js'),
    ...['--port', String(options.port), '--demo-port', String(options.demoPort), '--demo-seed', String(options.seed)],
    ...['--buyer-pace-ms', '0', '--faults', '--data-dir', dataDir],
  ];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: options.root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If the soak itself dies without its cleanup (an uncaught error, a closed stdout), the server
  // must not live on holding the ports: 'exit' handlers run synchronously, and kill() is synchronous.
  const killOnExit = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const consoleUrl = `http://127.0.0.1:${options.port}`;
  const demoUrl = `http://127.0.0.1:${options.demoPort}`;

  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  // Ready when both the console's page and the demo's control surface answer (bounded: 30 s).
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The console server exited at start:\n${output}`);
    }
    const ready = await Promise.all([fetch(`${consoleUrl}/`), fetch(`${demoUrl}/__control/faults`)]).then(
      (answers) => answers.every((a) => a.ok),
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The console server did not answer within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { consoleUrl, demoUrl, output: () => output, stop };
}
