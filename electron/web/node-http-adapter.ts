import type { IncomingMessage, ServerResponse } from 'node:http';

/** Turns a Node request into a web Request (the shape the shared app handler takes). */
export function toWebRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? bodyStream(req) : undefined,
    duplex: hasBody ? 'half' : undefined,
  } as RequestInit);
}

/**
 * The request body as a web stream that reads from the socket only when the handler asks for more.
 * A handler that never reads leaves the request untouched, so Node discards the body after the
 * answer as it does for any unread request. Cancelling (a handler that stops at a size limit) does
 * not destroy the request as `Readable.toWeb` does: the 413 must still reach a client that is still
 * sending, and a client that finishes its upload must not hang on a paused socket. The rest is read
 * and discarded instead, never held; Node's requestTimeout bounds how long that may take.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let listening = false;
  const onData = (chunk: Buffer): void => {
    controller.enqueue(new Uint8Array(chunk));
    if ((controller.desiredSize ?? 0) <= 0) req.pause();
  };
  const onEnd = (): void => controller.close();
  const onError = (error: Error): void => controller.error(error);
  return new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      pull() {
        if (!listening) {
          listening = true;
          req.on('data', onData);
          req.once('end', onEnd);
          req.on('error', onError);
        }
        req.resume();
      },
      cancel() {
        req.off('data', onData);
        req.off('end', onEnd);
        req.off('error', onError);
        req.resume();
      },
    },
    { highWaterMark: 0 },
  );
}

/** Writes a web Response to a Node response, streaming the body. */
export async function sendWebResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  let closed = false;
  res.once('close', () => {
    closed = true;
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (closed) {
      await reader.cancel();
      return;
    }
    if (!res.write(value)) {
      // Wait for room, or stop reading when the client has gone away.
      await new Promise<void>((resolve) => {
        const settle = () => {
          res.off('drain', settle);
          res.off('close', settle);
          resolve();
        };
        res.once('drain', settle);
        res.once('close', settle);
      });
      if (closed || res.destroyed) {
        await reader.cancel();
        return;
      }
    }
  }
  res.end();
}
