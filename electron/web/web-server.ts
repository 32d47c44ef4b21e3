import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hasHostIn, isFromAnotherOrigin, loopbackHosts } from '../http/loopback-origin';
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
 * (127.0.0.1, localhost or [::1] at its port) are answered (421 otherwise), so a web page cannot reach
 * the gateway through DNS rebinding; a request a browser sent from a page of another origin is refused
 * with 403, so no other site (nor another local server) can drive the console's IPC or gateway. A
 * handler failure becomes a 500 and is logged, and the server keeps serving.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  let allowedHosts: ReadonlySet<string> = new Set<string>();
  // Idle keep-alive sockets are kept a minute (Node's default is 5 s), so a client reusing one is not
  // reset by a close crossing its request.
  const server: Server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    if (!hasHostIn(req.headers, allowedHosts)) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('This server answers only on its own address.');
      return;
    }
    if (isFromAnotherOrigin(req.headers)) {
      res
        .writeHead(403, { 'content-type': 'text/plain' })
        .end('The console answers only its own pages; this request came from a page of another origin.');
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
  allowedHosts = loopbackHosts(port);
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
