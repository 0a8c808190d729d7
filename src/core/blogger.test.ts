import { expect, test } from 'vitest';
import { bloggerEvidence, bloggerPageType, kindFromUrl } from './blogger';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

test.each([
  ['blogspot host', '<p>x</p>', 'https://a.blogspot.com/2024/01/x.html', true],
  ['country blogspot host', '<p>x</p>', 'https://a.blogspot.co.uk/', true],
  [
    'custom domain with generator meta',
    '<meta name="generator" content="blogger">',
    'https://example.org/',
    true,
  ],
  ['custom domain with #Blog1', '<div class="widget Blog" id="Blog1"></div>', 'https://example.org/', true],
  [
    'classic template: post-body and blogger.com links',
    '<div class="post-body">x</div><a href="https://www.blogger.com/profile/1">me</a>',
    'http://example.org/',
    true,
  ],
  [
    'WordPress page that talks about blogger',
    '<a rel="tag" href="/tag/blogger">blogger</a><div class="entry-content">x</div>',
    'https://x.wordpress.com/',
    false,
  ],
  ['nothing', '<p>x</p>', 'not a url', false],
])('%s', (_, html, url, expected) => expect(bloggerEvidence(doc(html), url).length > 0).toBe(expected));

test.each([
  [
    'widget manager item',
    "<script>_WidgetManager._Init('//www.blogger.com/rearrange?blogID=1', 'x', {'pageType': 'item'});</script>",
    'item',
  ],
  ['body class', '<body class="feed-view"></body>', 'index'],
  ['none', '<p>x</p>', null],
])('bloggerPageType: %s', (_, html, expected) => expect(bloggerPageType(doc(html))).toBe(expected));

test.each([
  ['https://a.blogspot.com/2024/03/her-review.html', 'post'],
  ['https://a.blogspot.com/2024/03/her-review.html?m=1', 'post'],
  ['http://faculty.example.edu/blog/2005/04/round-up.htm', 'post'],
  ['https://a.blogspot.com/p/about.html', 'other'],
  ['https://a.blogspot.com/search/label/Reviews', 'list'],
  ['https://a.blogspot.com/search?q=x', 'list'],
  ['https://a.blogspot.com/2024/03/', 'list'],
  ['http://a.blogspot.com/2005_06_12_a_archive.html', 'list'],
  ['https://a.blogspot.com/', 'list'],
  ['file:///tmp/page.html', null],
])('kindFromUrl(%s) = %s', (url, expected) => expect(kindFromUrl(url)).toBe(expected));
