// A seeded, reproducible generator of hostile and broken pages, each wrapped in Blogger post markup on a
// blogspot URL so the whole pipeline runs on it. `generateCases(seed)` gives the full Node set;
// `representativeCases(seed)` the sample served in real browsers. Same seed, same bytes.
import { ENTITY_TEXT, escapeHtml, PAYLOADS } from './payloads.mjs';
import { EMOJI, INVISIBLE, paragraph, rng, SCRIPTS, scriptSentence, sentence, sprinkle } from './random.mjs';

export const DEFAULT_SEED = 20240917;

const TLDS = ['com', 'com', 'com', 'co.uk', 'de', 'jp', 'com.br', 'co.il', 'ae', 'tw', 'ru', 'in'];
const TINY_GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

/**
 * @typedef {object} HostileCase
 * @property {string} id          kind#variant, stable for a seed
 * @property {string} kind
 * @property {string} url         where the page lives (a blogspot host matched by the manifest)
 * @property {string} html
 * @property {{url: string, html: string}[]} extra  other pages it loads (frames)
 * @property {string[]} inert     page text that looks like markup: must come out as this exact text, never run
 * @property {string[]} hidden    text of the page's own script/style elements: must never be read as post text
 * @property {boolean} heavy      huge page (few of these in Node; minutes if run hundreds of times)
 * @property {boolean} scripted   the page runs scripts that matter (overrides, rewrites): browsers only
 */

/** A Blogger "Simple"-style post page around `body`. Everything passed in is already HTML. */
function bloggerPage({
  title,
  docTitle = title,
  head = '',
  body,
  lang = 'en',
  dir = 'ltr',
  labels = ['Reviews'],
  author = 'A. Reviewer',
  beforePost = '',
  afterPost = '',
  bodyAttrs = '',
}) {
  return `<!DOCTYPE html>
<html dir="${dir}" lang="${lang}">
<head>
<meta charset="utf-8">
<meta content="blogger" name="generator">
<link rel="service.post" type="application/atom+xml" title="Atom" href="https://www.blogger.com/feeds/1234567890/posts/default">
<meta property="og:title" content="${docTitle}">
<title>Hostile Blog: ${docTitle}</title>
${head}
</head>
<body class="variant-hostile"${bodyAttrs}>
<div class="content-outer"><div class="main-inner"><div class="blog-posts hfeed">
<h2 class="date-header"><span>Tuesday, March 5, 2024</span></h2>
${beforePost}
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">
<h3 class="post-title entry-title" itemprop="name">${title}</h3>
<div class="post-header"><span class="post-author vcard">Posted by <span class="fn" itemprop="author">${author}</span></span></div>
<div class="post-body entry-content" id="post-body-4242" itemprop="articleBody">
${body}
</div>
<div class="post-footer"><span class="post-labels">Labels: ${labels.map((l) => `<a href="/search/label/x" rel="tag">${l}</a>`).join(', ')}</span>
<abbr class="published" title="2024-03-05T10:00:00Z">March 05, 2024</abbr></div>
</div>
${afterPost}
</div></div></div>
</body>
</html>
`;
}

const review = (r) => `<p>${paragraph(r)}</p>\n<p><b>Rating: ${r.int(1, 10)}/10</b></p>`;
const reviewBody = (r, sections = 3) =>
  `${Array.from({ length: sections }, (_, i) => `<h2>Part ${i + 1}</h2>\n<p>${paragraph(r)}</p>`).join('\n')}\n${review(r)}`;

// ------------------------------------------------------------------------------------------------
// Kinds: each builds one page from a seeded random source and a variant number.

const emptyBody = (r, v) => {
  const shapes = [
    () =>
      '<!DOCTYPE html><html><head><meta name="generator" content="blogger"><title>x</title></head><body></body></html>',
    () => bloggerPage({ title: '', body: '' }),
    () => bloggerPage({ title: 'Empty review', body: ' \n&nbsp; <!-- nothing --> &#8203; ' }),
    () => '',
    () => '<meta name="generator" content="blogger">',
    () => bloggerPage({ title: 'Breaks only', body: '<br><br><br><p></p><div><span></span></div>' }),
    () =>
      bloggerPage({ title: 'Hidden only', body: `<div style="display:none"><p>${paragraph(r)}</p></div>` }),
    () => bloggerPage({ title: 'Comments only', body: '<!-- a --><!-- b --><![CDATA[ c ]]>' }),
  ];
  return { html: shapes[v % shapes.length]() };
};

const onlyImages = (r, v) => {
  const n = v % 5 === 0 ? 0 : r.int(1, 40);
  const img = () => {
    const alt = r.chance(0.3) ? ` alt="${escapeHtml(sentence(r, 1, 4))}"` : '';
    const shape = r.int(0, 3);
    if (shape === 0) return `<img src="${TINY_GIF}"${alt}>`;
    if (shape === 1)
      return `<div class="separator"><a href="${TINY_GIF}"><img src="${TINY_GIF}"${alt}></a></div>`;
    if (shape === 2)
      return `<table class="tr-caption-container"><tbody><tr><td><img src="${TINY_GIF}"${alt}></td></tr><tr><td class="tr-caption"></td></tr></tbody></table>`;
    return `<figure><img src="${TINY_GIF}"${alt}><figcaption></figcaption></figure>`;
  };
  const body = Array.from({ length: n }, img).join(r.chance(0.5) ? '<br>' : '\n');
  return { html: bloggerPage({ title: v % 3 === 0 ? '' : 'Photo review', body }) };
};

/** About 1 MB of text in one paragraph: prose, one word repeated, one giant word, or CJK prose. */
const hugeParagraph = (r, v) => {
  const target = 1_000_000;
  let text = '';
  if (v % 4 === 0) while (text.length < target) text += `${sentence(r)} `;
  else if (v % 4 === 1) text = 'good '.repeat(target / 5);
  else if (v % 4 === 2) text = 'x'.repeat(target);
  else while (text.length < target / 2) text += scriptSentence(r, 'cjk');
  return { html: bloggerPage({ title: 'One long paragraph review', body: `<p>${text}</p>\n${review(r)}` }) };
};

/**
 * 5,000 nested elements. Browsers' HTML parsers flatten deep trees (Chromium at 512 levels), so the page also
 * builds the same depth with DOM calls; Node reads the parsed markup as is. The built chain sits under a
 * stylesheet display:none (Chromium's renderer crashes laying out 5,000 visible levels, with or without us);
 * the reader still walks it, because a stylesheet rule is not something the core can see.
 */
const deepNesting = (r, v) => {
  const depth = 5000;
  const tags = [['div'], ['span', 'b'], ['blockquote', 'ul', 'li'], ['section', 'font']][v % 4];
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const tag = tags[i % tags.length];
    open += `<${tag}>${i % 500 === 0 ? `Level ${i}. ` : ''}`;
    close = `</${tag}>${close}`;
  }
  const build = `<script>
addEventListener('DOMContentLoaded', () => {
  let el = document.getElementById('deep');
  const tags = ${JSON.stringify(tags)};
  for (let i = 0; i < ${depth}; i++) { const c = document.createElement(tags[i % tags.length]); el.appendChild(c); el = c; }
  el.appendChild(document.createTextNode(${JSON.stringify(paragraph(r))}));
});
</script>`;
  const body = `<h2>Deep</h2>\n${open}${paragraph(r)}${close}\n<div id="deep" class="deep-chain"></div>\n${review(r)}`;
  const style = '<style>.deep-chain { display: none; }</style>';
  return { html: bloggerPage({ title: 'Deeply nested review', body, head: style + build }) };
};

const manyHeadings = (r, v) => {
  const n = 10_000;
  const parts = [];
  for (let i = 0; i < n; i++) {
    const text = `Section ${i + 1}`;
    if (v % 2 === 0)
      parts.push(i % 3 === 0 ? `<h2>${text}</h2>` : `<h3>${text}</h3>`, `<p>${sentence(r, 3, 8)}</p>`);
    else parts.push(`<p><b>${text}</b></p>`, `<p>${sentence(r, 3, 8)}</p>`);
  }
  return {
    html: bloggerPage({ title: '10,000 headings review', body: `${parts.join('\n')}\n${review(r)}` }),
  };
};

const manyParagraphs = (r, v) => {
  const n = 100_000;
  const parts = new Array(n);
  for (let i = 0; i < n; i++) parts[i] = v % 2 === 1 ? '<p>Ok.</p>' : `<p>${sentence(r, 1, 3)}</p>`;
  return {
    html: bloggerPage({ title: '100,000 paragraphs review', body: `${parts.join('')}\n${review(r)}` }),
  };
};

const BROKEN = [
  '<p>unclosed paragraph',
  '<div><span>unclosed span and div',
  '</div></div></div>',
  '<b><i>misnested</b></i>',
  '<h2>heading without end',
  '<h3>heading <h2>inside</h3> heading</h2>',
  '<table><p>paragraph in a table<tr><td>cell',
  '<ul><li>item<li>item<p>para in list',
  '<a href="/x">link <a href="/y">nested link</a>',
  '<p title="unterminated attribute>text after',
  '<!-- unclosed comment <p>hidden?</p> -->',
  '<p>stray </p></p></p> closers',
  '<![CDATA[ cdata ]]>',
  '<?xml version="1.0"?>',
  '<p>NUL &#0; and &#xD800; and &#x110000; entities</p>',
  '<font size=7><center>old tags',
  '<select><option>in select<p>para</select>',
  '<form><form>nested forms</form></form>',
  '<noscript><h2>Noscript heading</h2></noscript>',
  '<template><h2>Template heading</h2></template>',
  '<svg><h2>heading in svg</h2><foreignObject><p>foreign</p></foreignObject></svg>',
  '<math><mi>x</mi><h2>heading in math</h2></math>',
  '<h2 style="display:none">Hidden heading</h2>',
  '<p>&nbsp;&nbsp;&#160;&#xA0;</p>',
  '<body><body><html>extra roots',
  '<frameset><frame></frameset>',
  '<h2></h2><h3> </h3><h2>&nbsp;</h2>',
  '<p><br><br><br>breaks<br><br></p>',
  '<div id="post-body-4242">duplicate post body id</div>',
  '<div class="post-body entry-content">second post body</div>',
];

/** Tags that swallow the rest of the document (the whole remaining page becomes text or disappears). */
const SWALLOWERS = [
  '<plaintext>',
  '<xmp>',
  '<textarea>',
  '<title>',
  '<style>',
  '<script>',
  '<!--',
  '<iframe>',
];

const malformed = (r, v) => {
  const pieces = [];
  const n = r.int(5, 16);
  for (let i = 0; i < n; i++)
    pieces.push(r.chance(0.5) ? r.pick(BROKEN) : `<p>${paragraph(r, r.int(1, 3))}</p>`);
  if (v % 5 === 4) pieces.splice(r.int(0, pieces.length), 0, r.pick(SWALLOWERS));
  let html = bloggerPage({ title: 'Malformed review', body: `${pieces.join('\n')}\n${review(r)}` });
  // Some pages are cut off mid-tag, as a dropped connection leaves them.
  if (v % 7 === 6) html = html.slice(0, r.int(html.length / 2, html.length - 1));
  return { html };
};

const invisibleChars = (r, v) => {
  const dirty = (text) => escapeHtml(sprinkle(r, text, INVISIBLE, v % 2 === 0 ? 3 : 12));
  const only = () => Array.from({ length: r.int(1, 20) }, () => r.pick(INVISIBLE)).join('');
  const titles = [dirty('Invisible review'), only(), '\u202Egnp.exe review', `${only()}Zero width${only()}`];
  const body = [
    `<h2>${dirty('Intro')}</h2>`,
    `<p>${dirty(paragraph(r))}</p>`,
    `<h2>${only()}</h2>`,
    `<p>${only()}</p>`,
    `<p><b>${dirty('Bold line')}</b></p>`,
    `<p>${dirty(paragraph(r))}</p>`,
    review(r),
  ].join('\n');
  return { html: bloggerPage({ title: titles[v % titles.length], body }) };
};

const mixedScripts = (r, v) => {
  const names = Object.keys(SCRIPTS);
  const main = names[v % names.length];
  const s = SCRIPTS[main];
  const block = () => {
    const script = r.chance(0.6) ? main : r.pick(names);
    const mixed = r.chance(0.3) ? ` ${sentence(r, 2, 5)} ${scriptSentence(r, r.pick(names), 3)}` : '';
    const lang = r.chance(0.2) ? ` lang="${r.pick(['en', 'ar', 'xx', ''])}"` : '';
    const dir = r.chance(0.2) ? ` dir="${r.pick(['rtl', 'ltr', 'auto', 'bogus'])}"` : '';
    return `<p${lang}${dir}>${scriptSentence(r, script)}${mixed}</p>`;
  };
  const parts = [];
  for (let i = 0; i < r.int(3, 8); i++)
    parts.push(`<h2>${scriptSentence(r, main, 2)}</h2>`, block(), block());
  parts.push(`<p>${scriptSentence(r, main)} 8/10</p>`);
  return {
    html: bloggerPage({
      title: `${scriptSentence(r, main, 3)} review`,
      body: parts.join('\n'),
      lang: v % 3 === 0 ? 'en' : s.lang,
      dir: s.rtl && v % 2 === 0 ? 'rtl' : 'ltr',
    }),
  };
};

const emojiOnly = (r, v) => {
  const run = (min, max) =>
    Array.from({ length: r.int(min, max) }, () => r.pick(EMOJI)).join(v % 2 ? ' ' : '');
  const parts = [];
  for (let i = 0; i < r.int(2, 6); i++) parts.push(`<h2>${run(1, 3)}</h2>`, `<p>${run(5, 40)}</p>`);
  parts.push(`<p><b>${run(1, 5)}</b></p>`, `<p>⭐⭐⭐⭐☆</p>`);
  return {
    html: bloggerPage({ title: run(1, 6), body: parts.join('\n'), labels: [run(1, 2)], author: run(1, 2) }),
  };
};

const SCRIPT_IN_HEADING = "window.__rlHeadingScript=1; var hostileSource='__rlScriptText__'";
const STYLE_IN_HEADING = '.__rlStyleText__ { color: red }';

/** Markup-looking text everywhere the panel reads from, plus real javascript: links, scripts and styles. */
const payloads = (r, v) => {
  const p = () => r.pick(PAYLOADS);
  const [entityHtml, entityText] = ENTITY_TEXT[v % ENTITY_TEXT.length];
  const titleText = `${p()} review`;
  const headings = [p(), p(), p()];
  const pros = [p(), sentence(r, 3, 6)];
  const body = [
    `<h2>${escapeHtml(headings[0])}</h2>`,
    `<p>${escapeHtml(p())} ${paragraph(r)} ${escapeHtml(p())}.</p>`,
    `<h2><a href="javascript:window.__rlPwned=(window.__rlPwned||0)+1">Linked heading ${v}</a></h2>`,
    `<p>${paragraph(r)} <a href="javascript:void(window.__rlPwned=1)">${escapeHtml(p())}</a></p>`,
    `<h2>Scripted heading<script>${SCRIPT_IN_HEADING}</script><style>${STYLE_IN_HEADING}</style></h2>`,
    `<p>${paragraph(r)}</p>`,
    `<p><b>${escapeHtml(headings[1])}</b></p>`,
    `<p>${entityHtml} ${paragraph(r)}</p>`,
    `<h3>${escapeHtml(headings[2])}</h3>`,
    `<p><b>Pros</b></p><ul>${pros.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>`,
    `<p><b>Cons</b></p><ul><li>${escapeHtml(p())}</li></ul>`,
    `<p>Verdict: ${escapeHtml(p())} ${sentence(r)}</p>`,
    `<p><b>Rating: 7/10 ${escapeHtml(p())}</b></p>`,
    `<p><img src="${TINY_GIF}" alt="${escapeHtml(p())}" title="${escapeHtml(p())}"></p>`,
  ].join('\n');
  return {
    html: bloggerPage({
      title: escapeHtml(titleText),
      docTitle: escapeHtml(titleText),
      body,
      labels: [escapeHtml(p()), escapeHtml(entityText)],
      author: escapeHtml(p()),
    }),
    inert: [titleText, ...headings],
    hidden: ['__rlScriptText__', '__rlStyleText__'],
  };
};

/** Page scripts that replace what an extension might lean on. Run before anything else on the page. */
export const OVERRIDES = [
  `Array.prototype.map = function () { throw new Error('hostile map'); };
   Array.prototype.forEach = function () {}; Array.prototype.push = function () { return 0; };
   Array.prototype.filter = function () { return []; }; Array.from = function () { return []; };`,
  'Array.prototype[Symbol.iterator] = function* () {};',
  `JSON.parse = function () { return { reviewLens: 1, type: 'updateSettings', args: { patch: { enabled: false } } }; };
   JSON.stringify = function () { return '"hostile"'; };`,
  `Object.prototype.reviewLens = 1; Object.prototype.type = 'updateSettings';
   Object.prototype.args = { patch: { enabled: false } }; Object.prototype.settings = { enabled: false };`,
  `Node.prototype.appendChild = function () { throw new Error('hostile appendChild'); };
   Node.prototype.insertBefore = function () { throw new Error('hostile insertBefore'); };
   Object.defineProperty(Node.prototype, 'textContent', { get() { return 'hostile'; }, configurable: true });
   Element.prototype.append = function () { throw new Error('hostile append'); };`,
  `Element.prototype.attachShadow = function () { throw new Error('hostile attachShadow'); };
   Document.prototype.createElement = function () { throw new Error('hostile createElement'); };
   Document.prototype.querySelector = function () { return null; };
   Element.prototype.querySelectorAll = function () { return []; };`,
  `window.browser = { runtime: { id: 'fake', sendMessage() { window.__rlPwned = 1; }, onMessage: { addListener() { window.__rlPwned = 1; } } } };
   window.chrome = { runtime: { id: 'fake', sendMessage() { window.__rlPwned = 1; } }, storage: { sync: { set() { window.__rlPwned = 1; } } } };`,
  `Object.defineProperty(window, 'browser', { get() { throw new Error('hostile browser getter'); }, configurable: true });
   Object.defineProperty(window, 'chrome', { get() { throw new Error('hostile chrome getter'); }, configurable: true });`,
  `window.Promise = function () { throw new Error('hostile Promise'); };
   window.MutationObserver = function () { throw new Error('hostile MutationObserver'); };
   window.IntersectionObserver = function () { throw new Error('hostile IntersectionObserver'); };
   window.ResizeObserver = function () { throw new Error('hostile ResizeObserver'); };`,
  `Element.prototype.getBoundingClientRect = function () { throw new Error('hostile rect'); };
   window.getComputedStyle = function () { throw new Error('hostile style'); };
   window.scrollTo = function () { throw new Error('hostile scrollTo'); }; window.matchMedia = null;
   document.elementsFromPoint = function () { throw new Error('hostile elementsFromPoint'); };`,
  `String.prototype.replace = function () { return 'hostile'; }; String.prototype.split = function () { return []; };
   RegExp.prototype.exec = function () { return null; }; RegExp.prototype.test = function () { return true; };
   window.Intl = undefined; window.Symbol = undefined;`,
  `customElements.define('review-lens-panel', class extends HTMLElement {
     constructor() { super(); window.__rlCustomElement = (window.__rlCustomElement || 0) + 1; }
     connectedCallback() { this.setAttribute('data-hijacked', '1'); }
   });`,
  `window.addEventListener('click', (e) => e.stopImmediatePropagation(), true);
   window.addEventListener('scroll', (e) => e.stopImmediatePropagation(), true);
   window.addEventListener('keydown', (e) => e.stopImmediatePropagation(), true);`,
  `Function.prototype.call = function () { throw new Error('hostile call'); };
   Function.prototype.apply = function () { throw new Error('hostile apply'); };
   Function.prototype.bind = function () { throw new Error('hostile bind'); };`,
];

/** Elements with names the extension or its libraries might look up. */
const LOOKALIKE_ELEMENTS = [
  '<review-lens-panel><p>I am a fake panel</p></review-lens-panel>',
  '<div id="review-lens-panel">fake id</div><div class="review-lens-panel">fake class</div>',
  '<div id="browser">named browser</div><form name="chrome"><input name="runtime"></form>',
  // DOM clobbering: window.browser.runtime.id becomes the string "runtime" for any script that reads the global.
  '<form id="browser"><input id="runtime"><input id="storage"><input id="i18n"></form>',
  '<img name="ReviewLens" src="' +
    TINY_GIF +
    '"><div id="preact">x</div><div id="__PREACT_DEVTOOLS__">y</div>',
  '<div id="toc">page own toc</div><div data-testid="panel">page testid</div><div data-testid="title">page title</div>',
  '<review-lens-panel-x></review-lens-panel-x><div id="review-lens">x</div>',
];

const overrides = (r, v) => {
  const script = OVERRIDES[v % OVERRIDES.length];
  // The page keeps its originals and puts them back a few seconds after load, so the test driver (which
  // evaluates in the page's own world) can read results; the extension has long run by then.
  const head = `<script>
(() => {
  // Index loops and saved functions only: the overrides below may break iterators, call/apply and friends.
  const targets = [Array.prototype, Array, JSON, Object.prototype, Node.prototype, Element.prototype,
    Document.prototype, String.prototype, RegExp.prototype, Function.prototype, window];
  const { getOwnPropertyDescriptors, defineProperty, hasOwn } = Object;
  const ownKeys = Reflect.ownKeys;
  const saved = [];
  for (let i = 0; i < targets.length; i++) saved[i] = getOwnPropertyDescriptors(targets[i]);
  const later = window.setTimeout;
  const setAttribute = Element.prototype.setAttribute;
  const restore = () => {
    for (let i = 0; i < targets.length; i++) {
      const o = targets[i];
      const keys = ownKeys(o);
      for (let k = 0; k < keys.length; k++) {
        try {
          if (!hasOwn(saved[i], keys[k])) delete o[keys[k]];
          else defineProperty(o, keys[k], saved[i][keys[k]]);
        } catch {}
      }
    }
    Reflect.apply(setAttribute, document.documentElement, ['data-restored', '1']);
  };
  window.addEventListener('load', () => later(restore, 4000));
})();
${script}
</script>`;
  const fake = LOOKALIKE_ELEMENTS[v % LOOKALIKE_ELEMENTS.length];
  return {
    html: bloggerPage({ title: 'Override review', head, body: reviewBody(r), beforePost: fake }),
    scripted: true,
  };
};

const REWRITES = [
  // The whole body, every 50 ms, for about 3 s.
  `document.body.innerHTML = '<div class="post hentry"><h3 class="post-title entry-title">Rewrite ' + n +
     ' review</h3><div class="post-body entry-content" id="post-body-' + n + '"><h2>Part ' + n + '</h2><p>Text ' + n + '. More.</p></div></div>';`,
  // Everything under <html>, including anything an extension appended there.
  `document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
   document.body.textContent = 'Gone ' + n;`,
  // Remove any panel it can find, and keep doing it.
  `for (const el of document.querySelectorAll('review-lens-panel')) el.remove();`,
  // Shorten every text node (stale offsets for highlights).
  `const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
   for (let t = w.nextNode(); t; t = w.nextNode()) if (t.data.length > 3) t.data = t.data.slice(0, Math.floor(t.data.length / 2));`,
  // Move the post body around and toggle its classes.
  `const b = document.querySelector('.post-body'); if (b) { b.classList.toggle('post-body'); document.body.prepend(b); }`,
  // Open a fresh document in place of this one.
  `if (n === 5) { document.open(); document.write('<!DOCTYPE html><title>new</title><p>Replaced ' + n + '</p>'); document.close(); }`,
];

const bodyRewrite = (r, v) => {
  const step = REWRITES[v % REWRITES.length];
  const head = `<script>
addEventListener('load', () => {
  let n = 0;
  const id = setInterval(() => { n++; ${step} if (n >= 60) clearInterval(id); }, 50);
});
</script>`;
  return { html: bloggerPage({ title: 'Rewritten review', head, body: reviewBody(r) }), scripted: true };
};

const frames = (r, v, url) => {
  const inner = new URL(url);
  inner.hostname = `frame-${v}.blogspot.com`;
  inner.pathname = `/2024/03/framed-${v}.html`;
  // A framed page reports to its parent whether a panel appeared inside it (the content script is top-frame only).
  const reporter = `<script>
setInterval(() => { if (document.querySelector('review-lens-panel')) parent.postMessage('rl-panel-in-frame', '*'); }, 200);
</script>`;
  const framed = bloggerPage({ title: 'Framed review', body: reviewBody(r), head: reporter });
  const listen = `<script>addEventListener('message', (e) => { if (e.data === 'rl-panel-in-frame') window.__rlPanelInFrame = true; });</script>`;
  const srcdoc = escapeHtml(bloggerPage({ title: 'Srcdoc review', body: reviewBody(r), head: reporter }));
  const shapes = [
    `<iframe src="${inner.href}" width="600" height="400"></iframe>`,
    `<iframe srcdoc="${srcdoc}" width="600" height="400"></iframe>`,
    `<iframe sandbox src="${inner.href}"></iframe><iframe srcdoc="${srcdoc}" sandbox="allow-scripts"></iframe>`,
    `<iframe src="about:blank"></iframe><iframe src="javascript:'<p>js frame</p>'"></iframe>`,
  ];
  if (v % 5 === 4) {
    // A frameset page: no <body> at all.
    const html = `<!DOCTYPE html><html><head><meta name="generator" content="blogger"><title>Frameset review</title>${listen}</head>
<frameset cols="50%,50%"><frame src="${inner.href}"><frame srcdoc="${srcdoc}"></frameset></html>`;
    return { html, extra: [{ url: inner.href, html: framed }], scripted: true };
  }
  const body = `${reviewBody(r)}\n${shapes[v % shapes.length]}\n<p>${paragraph(r)}</p>`;
  return {
    html: bloggerPage({ title: 'Review with frames', body, head: listen }),
    extra: [{ url: inner.href, html: framed }],
    scripted: true,
  };
};

/** name -> [builder, variants in the Node run, heavy?] */
export const KINDS = {
  'empty-body': [emptyBody, 16, false],
  'only-images': [onlyImages, 15, false],
  'huge-paragraph': [hugeParagraph, 4, true],
  'deep-nesting': [deepNesting, 2, true],
  'many-headings': [manyHeadings, 2, true],
  'many-paragraphs': [manyParagraphs, 1, true],
  malformed: [malformed, 60, false],
  'invisible-chars': [invisibleChars, 30, false],
  'mixed-scripts': [mixedScripts, 40, false],
  'emoji-only': [emojiOnly, 20, false],
  payloads: [payloads, 66, false],
  overrides: [overrides, 42, false],
  'body-rewrite': [bodyRewrite, 18, false],
  frames: [frames, 15, false],
};

/** FNV-1a over the seed, kind and variant, so each case has its own independent stream. */
function caseSeed(seed, kind, variant) {
  let h = 0x811c9dc5 ^ seed;
  for (const ch of `${kind}#${variant}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/** @returns {HostileCase} */
export function buildCase(kind, variant, seed = DEFAULT_SEED) {
  const [build, , heavy] = KINDS[kind];
  const r = rng(caseSeed(seed, kind, variant));
  const tld = TLDS[variant % TLDS.length];
  const url = `http://${kind}-${variant}.blogspot.${tld}/2024/${String((variant % 12) + 1).padStart(2, '0')}/${kind}-${variant}.html`;
  const built = build(r, variant, url);
  return {
    id: `${kind}#${variant}`,
    kind,
    url,
    html: built.html,
    extra: built.extra ?? [],
    inert: built.inert ?? [],
    hidden: built.hidden ?? [],
    heavy,
    scripted: built.scripted ?? false,
  };
}

/** Every case of the Node run, in a fixed order. */
export function generateCases(seed = DEFAULT_SEED) {
  return Object.entries(KINDS).flatMap(([kind, [, count]]) =>
    Array.from({ length: count }, (_, variant) => buildCase(kind, variant, seed)),
  );
}

/** The 20 cases served in both browsers: every kind once, plus the sharpest payloads and page tricks. */
export const REPRESENTATIVE = [
  'empty-body#1',
  'only-images#1',
  'huge-paragraph#3', // 1 MB of CJK in one paragraph (Intl.Segmenter territory)
  'deep-nesting#0',
  'many-headings#1',
  'many-paragraphs#0',
  'malformed#4',
  'invisible-chars#0',
  'mixed-scripts#0',
  'emoji-only#1',
  'payloads#0',
  'overrides#0', // Array.prototype, and a fake <review-lens-panel> in the page
  'overrides#2', // JSON, and elements named browser / chrome
  'overrides#4', // Node.prototype, and elements named ReviewLens / preact
  'overrides#7', // throwing window.browser / window.chrome getters, and a fake <review-lens-panel>
  'overrides#3', // Object.prototype pollution, and a form clobbering window.browser
  'overrides#11', // a custom element named review-lens-panel
  'body-rewrite#0',
  'body-rewrite#3', // shortens every text node: stale highlight offsets
  'frames#0',
];

export function representativeCases(seed = DEFAULT_SEED) {
  return REPRESENTATIVE.map((id) => {
    const [kind, variant] = id.split('#');
    return buildCase(kind, Number(variant), seed);
  });
}
