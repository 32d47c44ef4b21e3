import { createHmac, timingSafeEqual } from 'node:crypto';
import { MiraklHttpError } from './http-types';

/**
 * A seek position and everything needed to continue a listing: the operation, the direction, the
 * sort key of the boundary item, the page size and the filters of the first request (a page token
 * carries its query; other query parameters sent with it are ignored, except `shop_id`).
 */
export interface SeekPosition {
  op: string;
  dir: 'next' | 'prev';
  /** Boundary item: its sort value (epoch ms) and id. */
  at: [number, string];
  limit: number;
  filters: Record<string, string>;
}

/**
 * Page tokens are opaque to clients: base64url of the JSON position, a dot, and a truncated
 * HMAC-SHA256 of it (like Mirakl's own `<payload>.<signature>` tokens), so a tampered or truncated
 * token is a 400 rather than a wrong page.
 */
export class PageTokens {
  constructor(private readonly secret: string) {}

  /** Encodes `position` as a token. */
  encode(position: SeekPosition): string {
    const payload = Buffer.from(JSON.stringify(position)).toString('base64url');
    return `${payload}.${this.sign(payload)}`;
  }

  /** Decodes a token of operation `op`; throws a 400 when it is malformed, forged or for another operation. */
  decode(token: string, op: string): SeekPosition {
    const [payload, signature, extra] = token.split('.');
    const invalid = new MiraklHttpError(400, 'Invalid page_token');
    if (!payload || !signature || extra !== undefined) throw invalid;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid;
    let position: SeekPosition;
    try {
      position = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SeekPosition;
    } catch {
      throw invalid;
    }
    if (position.op !== op) throw invalid;
    return position;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url').slice(0, 22);
  }
}
