// Markup payloads. In the generated pages they are page TEXT (HTML-escaped, so the page itself shows them
// verbatim and never runs them); they can only fire if Review Lens turned page text back into markup. Each one
// sets the page-side flag `__rlPwned`, which the browser tests read. Real `javascript:` links, `<script>` and
// `<style>` elements inside headings are added separately (they are the page's own, and run or not as the page
// decides).

const FLAG = 'window.__rlPwned=(window.__rlPwned||0)+1';

export const PAYLOADS = [
  `<script>${FLAG}</script>`,
  `<img src=x onerror="${FLAG}">`,
  `<svg onload="${FLAG}"></svg>`,
  `<iframe srcdoc="<script>parent.__rlPwned=1</script>"></iframe>`,
  `"><img src=x onerror=${FLAG}>`,
  `'><svg/onload=${FLAG}>`,
  `</style><img src=x onerror=${FLAG}>`,
  `</textarea><img src=x onerror=${FLAG}>`,
  `</title><img src=x onerror=${FLAG}>`,
  `javascript:${FLAG}`,
  `[read more](javascript:${FLAG})`,
  `<a href="javascript:${FLAG}">click</a>`,
  `<details open ontoggle="${FLAG}">`,
  `<input autofocus onfocus="${FLAG}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${FLAG}">`,
  `<object data="javascript:${FLAG}"></object>`,
  `<body onload="${FLAG}">`,
  `{{constructor.constructor('${FLAG}')()}}`,
  `\${${FLAG}}`, // a template-literal injection
  `<!--<img src="--><img src=x onerror=${FLAG}>">`,
  `<noscript><p title="</noscript><img src=x onerror=${FLAG}>">`,
  `&lt;b&gt;double-encoded&lt;/b&gt; &amp;amp; &#x3C;script&#x3E;`,
];

/** Entities that decode to markup characters: the page shows `<`, `&`, quotes; we must too, as text. */
export const ENTITY_TEXT = [
  ['&lt;b&gt;bold?&lt;/b&gt;', '<b>bold?</b>'],
  ['Fish &amp; Chips', 'Fish & Chips'],
  ['&quot;quoted&quot; &#39;single&#39;', `"quoted" 'single'`],
  ['&#x3C;i&#x3E;hex&#x3C;/i&#x3E;', '<i>hex</i>'],
  ['caf&eacute; &copy; &mdash; &hellip;', 'café © — …'],
  ['&amp;lt;still text&amp;gt;', '&lt;still text&gt;'],
];

export function escapeHtml(text) {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
