import { describe, expect, test } from 'vitest';
import {
  hostOfPattern,
  isBlogspotHostname,
  isValidHostname,
  normalizeHostname,
  originPattern,
} from './hostname';

describe('normalizeHostname', () => {
  test.each([
    ['plain', 'example.com', 'example.com'],
    ['upper case and spaces', '  Example.COM ', 'example.com'],
    ['full URL with port and path', 'https://Blog.Example.com:8080/2024/01/x.html?m=1#c', 'blog.example.com'],
    ['trailing dot', 'example.com.', 'example.com'],
    ['IPv4', '127.0.0.1', '127.0.0.1'],
    ['IDN to punycode', 'bücher.de', 'xn--bcher-kva.de'],
    ['blogspot', 'http://films.blogspot.com/', 'films.blogspot.com'],
    ['single label', 'localhost', null],
    ['numeric TLD', 'example.123', null],
    ['bare number (URL would read it as IPv4)', '1234', null],
    ['userinfo', 'user@example.com', null],
    ['inner space', 'exa mple.com', null],
    ['underscore label', '__proto__.com', null],
    ['__proto__', '__proto__', null],
    ['empty', '', null],
    ['label too long', `${'a'.repeat(64)}.com`, null],
    ['leading hyphen', '-bad.com', null],
    ['IPv6', '[::1]', null],
    ['huge input', `${'a.'.repeat(5000)}com`, null],
  ])('%s', (_, input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });

  test('non-string input is rejected, not thrown', () => {
    expect(normalizeHostname(42 as unknown as string)).toBeNull();
  });
});

test.each([
  ['a.b', true],
  ['999.1.1.1', false],
  ['a..b', false],
  ['', false],
])('isValidHostname(%j) = %s', (host, expected) => {
  expect(isValidHostname(host)).toBe(expected);
});

test.each([
  ['films.blogspot.com', true],
  ['films.blogspot.co.uk', true],
  ['films.blogspot.tw', true],
  ['blogspot.com.example.org', false],
  ['myblogspot.com', false],
  ['example.com', false],
])('isBlogspotHostname(%j) = %s', (host, expected) => {
  expect(isBlogspotHostname(host)).toBe(expected);
});

test('originPattern covers every scheme and path of the host', () => {
  expect(originPattern('example.com')).toBe('*://example.com/*');
});

test.each([
  ['*://example.com/*', 'example.com'],
  ['https://Blog.Example.com/*', 'blog.example.com'],
  ['http://example.com/', 'example.com'],
  ['*://*/*', null],
  ['*://*.example.com/*', null],
  ['<all_urls>', null],
  ['ftp://example.com/*', null],
])('hostOfPattern(%j) = %j', (pattern, expected) => {
  expect(hostOfPattern(pattern)).toBe(expected);
});
