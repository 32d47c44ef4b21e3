import { describe, expect, it } from 'vitest';
import { prettyPayload } from './pretty-payload';

describe('prettyPayload', () => {
  it('indents JSON', () => {
    expect(prettyPayload({ id: 404, topic: { value: 'Gwarancja' } })).toBe(
      '{\n  "id": 404,\n  "topic": {\n    "value": "Gwarancja"\n  }\n}',
    );
  });

  it('never throws on what JSON cannot hold', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.self = cyclic;
    expect(prettyPayload(cyclic)).toContain('"self": "[repeated]"');
    expect(prettyPayload({ n: 10n })).toContain('"10n"');
    expect(prettyPayload(undefined)).toBe('undefined');
    expect(prettyPayload({ file: new Blob(['abc']) })).toContain('[file of 3 bytes]');
  });

  it('cuts a huge payload and says how much is left out', () => {
    const text = prettyPayload('x'.repeat(50), 10);
    expect(text).toBe('"xxxxxxxxx\n… 42 more characters not shown');
  });
});
