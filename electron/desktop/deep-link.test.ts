// Deep links into the console, with hostile inputs: only seller-console://thread/<shop>/<id> opens anything.
import { describe, expect, it } from 'vitest';
import { findDeepLink, parseDeepLink } from './deep-link';

describe('parseDeepLink', () => {
  it.each([
    ['seller-console://thread/demo-2001/5f0c9a4e-1b2c-4d3e-8f90-a1b2c3d4e5f6', 'demo-2001', '5f0c9a4e-1b2c-4d3e-8f90-a1b2c3d4e5f6'],
    ['seller-console://thread/shop_1/T-42', 'shop_1', 'T-42'],
    ['seller-console://thread/shop/42/', 'shop', '42'],
    ['SELLER-CONSOLE://thread/shop/42', 'shop', '42'],
  ])('reads %j', (raw, shopId, threadId) => {
    expect(parseDeepLink(raw)).toEqual({ shopId, threadId });
  });

  it.each([
    '',
    'seller-console://',
    'seller-console://thread',
    'seller-console://thread/',
    'seller-console://thread/shop',
    'seller-console://thread/shop/',
    'seller-console://thread//42',
    'seller-console://thread/shop/42/extra',
    'seller-console://thread/shop/42?x=1',
    'seller-console://thread/shop/42#frag',
    'seller-console://case/shop/42',
    'seller-console:thread/shop/42',
    'seller-console:/thread/shop/42',
    'seller-console:///thread/shop/42',
    'seller-console://user:pass@thread/shop/42',
    'seller-console://thread:8080/shop/42',
    'seller-console://thread/../42',
    'seller-console://thread/shop/..',
    'seller-console://thread/%2e%2e/42',
    'seller-console://thread/shop/4%2F2',
    'seller-console://thread/shop/4 2',
    'seller-console://thread/shop/42\n',
    'seller-console://thread/shop/42\u0000',
    'seller-console://thread/shop\\42/1',
    'seller-console://thread/shop/<script>',
    'seller-console://thread/-shop/42',
    'seller-console://thread/shop/ąę',
    ' seller-console://thread/shop/42',
    'https://thread/shop/42',
    'file:///thread/shop/42',
    'javascript://thread/shop/42',
    'xseller-console://thread/shop/42',
    `seller-console://thread/shop/${'a'.repeat(101)}`,
    `seller-console://thread/${'a'.repeat(100)}/${'b'.repeat(200)}`,
  ])('refuses %j', (raw) => {
    expect(parseDeepLink(raw)).toBeNull();
  });

  it.each([null, undefined, 42, {}, ['seller-console://thread/a/b']])('refuses the non-string %j', (raw) => {
    expect(parseDeepLink(raw)).toBeNull();
  });
});

describe('findDeepLink', () => {
  it('finds the link among a second instance’s arguments', () => {
    expect(findDeepLink(['/opt/Seller Console/seller-console', '--no-sandbox', 'seller-console://thread/s/1'])).toEqual({
      shopId: 's',
      threadId: '1',
    });
  });

  it('ignores options and arguments that do not parse', () => {
    expect(findDeepLink(['app', '--url=seller-console://thread/s/1', 'seller-console://thread/s/1/x', 'https://x.example/'])).toBeNull();
    expect(findDeepLink([])).toBeNull();
  });
});
