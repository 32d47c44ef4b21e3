import { MiraklHttpError } from './http-types';

/** A parsed multipart body: the JSON input part and the uploaded files. */
export interface MultipartInput {
  input: unknown;
  files: { name: string; contentType: string; bytes: Uint8Array }[];
}

/**
 * Parses a multipart/form-data body with the platform's own parser (`Request.formData()`): the JSON
 * part `inputName` (sent as a plain field or as a file part) and every `files` part. Throws 400 when
 * the body is not multipart, the JSON part is missing or is not JSON.
 */
export async function parseMultipart(body: Buffer, contentType: string | undefined, inputName: string): Promise<MultipartInput> {
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) {
    throw new MiraklHttpError(400, 'Expected a multipart/form-data body');
  }
  let form: FormData;
  try {
    form = await new Request('http://demo.invalid/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
      duplex: 'half',
    } as RequestInit).formData();
  } catch {
    throw new MiraklHttpError(400, 'Malformed multipart/form-data body');
  }
  const part = form.get(inputName);
  if (part === null) throw new MiraklHttpError(400, `Missing part '${inputName}'`);
  const text = typeof part === 'string' ? part : await part.text();
  let input: unknown;
  try {
    input = JSON.parse(text) as unknown;
  } catch {
    throw new MiraklHttpError(400, `Part '${inputName}' is not valid JSON`);
  }
  const files = [];
  for (const file of form.getAll('files')) {
    if (typeof file === 'string') throw new MiraklHttpError(400, "Part 'files' must be a file");
    files.push({
      name: file.name || 'attachment',
      contentType: file.type || 'application/octet-stream',
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
  }
  return { input, files };
}
