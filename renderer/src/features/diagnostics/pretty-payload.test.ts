import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../ui/translate';
import { prettyPayload } from './pretty-payload';

const en = translatorFor('en');

describe('prettyPayload', () => {
  it('indents JSON', () => {
    expect(prettyPayload({ id: 404, topic: { value: 'Gwarancja' } }, en)).toBe(
      '{\n  "id": 404,\n  "topic": {\n    "value": "Gwarancja"\n  }\n}',
    );
  });

  it('never throws on what JSON cannot hold', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.self = cyclic;
    expect(prettyPayload(cyclic, en)).toContain('"self": "[repeated]"');
    expect(prettyPayload({ n: 10n }, en)).toContain('"10n"');
    expect(prettyPayload(undefined, en)).toBe('undefined');
    expect(prettyPayload({ file: new Blob(['abc']) }, en)).toContain('[file of 3 bytes]');
  });

  it('cuts a huge payload and says how much is left out', () => {
    const text = prettyPayload('x'.repeat(50), en, 10);
    expect(text).toBe('"xxxxxxxxx\n… 42 more characters not shown');
    expect(prettyPayload('x'.repeat(50), translatorFor('pl'), 10)).toBe('"xxxxxxxxx\n… 42 kolejne znaki nie są pokazane');
  });
});
