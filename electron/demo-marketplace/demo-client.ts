/** A response as the tests and tools read it: status, headers, raw bytes and the parsed JSON (if any). */
export interface DemoResponse {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  json: unknown;
}

/** Request options: a shop key, a JSON body, or multipart parts (JSON parts and files). */
export interface DemoRequestOptions {
  key?: string;
  json?: unknown;
  multipart?: { jsonParts: Record<string, unknown>; files?: { name: string; type: string; bytes: Uint8Array }[] };
}

/**
 * Calls the demo marketplace (or any Mirakl endpoint) the way the console's gateway does: raw key in
 * `Authorization`, JSON or multipart bodies. Never throws for HTTP errors; rejects on network errors
 * (e.g. an injected reset).
 */
export async function callMarketplace(
  baseUrl: string,
  method: string,
  path: string,
  options: DemoRequestOptions = {},
): Promise<DemoResponse> {
  const headers: Record<string, string> = {};
  if (options.key !== undefined) headers.authorization = options.key;
  let body: string | FormData | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.multipart) {
    const form = new FormData();
    for (const [name, value] of Object.entries(options.multipart.jsonParts))
      form.append(name, new Blob([JSON.stringify(value)], { type: 'application/json' }), `${name}.json`);
    for (const file of options.multipart.files ?? []) form.append('files', new Blob([file.bytes.slice()], { type: file.type }), file.name);
    body = form;
  }
  const response = await fetch(baseUrl + path, { method, headers, body });
  const bytes = new Uint8Array(await response.arrayBuffer());
  let json: unknown = undefined;
  if ((response.headers.get('content-type') ?? '').includes('json') && bytes.length > 0) {
    try {
      json = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    } catch {
      json = undefined;
    }
  }
  return { status: response.status, headers: response.headers, bytes, json };
}
