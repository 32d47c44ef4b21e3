// Test helpers for request bodies larger than a server accepts: a web stream that counts what its
// reader pulled, and a chunked HTTP upload that stops sending once the answer is in. Both let a test
// prove that a limit holds while the body is read, not after it was read whole.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';

/** A body of `totalBytes` in `chunkBytes` pieces, made only as it is pulled. */
export interface CountingBody {
  stream: ReadableStream<Uint8Array>;
  /** Bytes handed to the reader so far. */
  pulled(): number;
  /** Whether the reader cancelled the stream (stopped reading on purpose). */
  cancelled(): boolean;
}

/** Creates a CountingBody; a Request takes `stream` as its body with `duplex: 'half'`. */
export function countingBody(totalBytes: number, chunkBytes: number): CountingBody {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= totalBytes) {
          controller.close();
          return;
        }
        const size = Math.min(chunkBytes, totalBytes - pulled);
        pulled += size;
        controller.enqueue(new Uint8Array(size).fill(0x20));
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

/** A POST whose body is a CountingBody (no Content-Length, as a chunked upload arrives). */
export function streamedPost(url: string, body: CountingBody, headers: Record<string, string> = {}): Request {
  return new Request(url, { method: 'POST', headers, body: body.stream, duplex: 'half' } as RequestInit);
}

export interface ChunkedUploadResult {
  status: number;
  body: string;
  /** Bytes the client had written when the answer arrived (all of them if it came after the last). */
  bytesSent: number;
  /** True when the answer arrived before the client had written the whole body. */
  answeredEarly: boolean;
}

/**
 * POSTs `totalBytes` to `url` in `chunkBytes` chunks without Content-Length (node:http then uses
 * chunked transfer encoding), honouring back-pressure, and stops writing as soon as the response
 * arrives. Resolves with the response once it has been read, then drops the connection.
 */
export function uploadInChunks(
  url: string,
  options: { headers?: Record<string, string>; chunkBytes: number; totalBytes: number },
): Promise<ChunkedUploadResult> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    let finished = false;
    const req = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: options.headers },
      (res) => {
        answered = true;
        const answeredEarly = !finished;
        const sentWhenAnswered = bytesSent;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            bytesSent: sentWhenAnswered,
            answeredEarly,
          });
          req.destroy();
        });
        res.on('error', reject);
      },
    );
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(options.chunkBytes, 0x20);
    const writeMore = (): void => {
      while (!answered && bytesSent < options.totalBytes) {
        bytesSent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', writeMore);
          return;
        }
      }
      if (!answered) {
        finished = true;
        req.end();
      }
    };
    writeMore();
  });
}

/**
 * Writes, on one raw socket, a chunked POST of `totalBytes` to `path`, all of it whatever the server
 * answers meanwhile (a client that does not watch for an early answer; node:http's client stops
 * sending once its response has ended), then a GET of `nextPath` on the same connection. Resolves
 * with everything the server sent once `until` appears in it; rejects after 10 s with what came.
 */
export function uploadWholeThenGet(
  port: number,
  options: { path: string; nextPath: string; totalBytes: number; until: string },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const host = `127.0.0.1:${port}`;
    let received = '';
    let sent = 0;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new Error(
          `no "${options.until}" within 10 s; wrote ${sent} of ${options.totalBytes} bytes; received ${JSON.stringify(received.slice(0, 200))}`,
        ),
      );
    }, 10_000);
    socket.on('data', (data: Buffer) => {
      received += data.toString('latin1');
      if (!received.includes(options.until)) return;
      clearTimeout(timer);
      socket.destroy();
      resolve(received);
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    const chunkBytes = 64 * 1024;
    const chunk = Buffer.concat([Buffer.from(`${chunkBytes.toString(16)}\r\n`), Buffer.alloc(chunkBytes, 0x20), Buffer.from('\r\n')]);
    socket.write(`POST ${options.path} HTTP/1.1\r\nHost: ${host}\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const writeMore = (): void => {
      while (sent < options.totalBytes) {
        sent += chunkBytes;
        if (!socket.write(chunk)) {
          socket.once('drain', writeMore);
          return;
        }
      }
      socket.write(`0\r\n\r\nGET ${options.nextPath} HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
    };
    writeMore();
  });
}
