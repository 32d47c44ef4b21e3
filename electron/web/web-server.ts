import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendWebResponse, toWebRequest } from './node-http-adapter';

export interface WebServerOptions {
  host: string;
  port: number;
  handle: (request: Request) => Promise<Response>;
  log: (message: string, error?: unknown) => void;
}

export interface RunningWebServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the console on `host:port` (web mode). Only requests whose Host header names this server
 * (127.0.0.1 or localhost at its port) are answered, so a web page cannot reach the gateway through
 * DNS rebinding; a handler failure becomes a 500 and is logged, and the server keeps serving.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  let allowedHosts = new Set<string>();
  const server: Server = createServer((req, res) => {
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('This server answers only on its own address.');
      return;
    }
    const origin = `http://${req.headers.host}`;
    Promise.resolve()
      .then(() => options.handle(toWebRequest(req, origin)))
      .then((response) => sendWebResponse(response, res))
      .catch((error: unknown) => {
        options.log(`web server: ${req.method} ${req.url} failed`, error);
        if (res.headersSent) {
          // The body was cut off: drop the connection so the client sees it was incomplete.
          res.destroy();
          return;
        }
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error');
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const shownHost = options.host === '127.0.0.1' || options.host === '::1' ? '127.0.0.1' : options.host;
  return {
    url: `http://${shownHost}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
