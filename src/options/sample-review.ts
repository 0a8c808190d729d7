/**
 * The options page's built-in sample: a short, made-up film review on a Blogger-like page, so the preview shows
 * every part of the panel (card, summary, pros/cons, a nested table of contents) without any network.
 * Written for this project; the film does not exist.
 */
export const SAMPLE_REVIEW_URL = 'https://sample-reviews.blogspot.com/2024/05/the-lantern-coast-review.html';

export const SAMPLE_REVIEW_HTML = `<!doctype html>
<html lang="en">
<head>
<meta name="generator" content="blogger">
<title>Sample Reviews: The Lantern Coast (2022) review</title>
</head>
<body>
<div class="blog-posts hfeed" id="Blog1">
<div class="post hentry">
<h3 class="post-title entry-title">The Lantern Coast (2022) review: a quiet film about a loud sea</h3>
<div class="post-header"><abbr class="published" title="2024-05-12T09:00:00Z">May 12, 2024</abbr></div>
<div class="post-body entry-content" id="post-body-1000000000000000001">
<p>The Lantern Coast follows Maren, a lighthouse keeper on a northern island, during the last winter before her light is automated. Nothing much happens, and that is the point: the film asks what a person is for once the work she loved no longer needs her.</p>
<h2>Story</h2>
<p>The plot is thin but honest. A young engineer arrives to install the new machinery, and the two of them circle each other through storms, broken radios and long dinners. Their arguments about duty and change are written with real care.</p>
<h2>Craft</h2>
<h3>Acting</h3>
<p>The lead performance carries the film. Every small gesture, from trimming a wick to refusing a handshake, tells us more than the dialogue does.</p>
<h3>Camera and sound</h3>
<p>The cinematography turns grey water into something almost musical. The sound design is even better: wind, gulls and the hum of the lamp form a score of their own.</p>
<h2>Pros and cons</h2>
<p><b>Pros</b></p>
<ul>
<li>A precise, moving lead performance</li>
<li>Beautiful images of sea and weather</li>
<li>Sound design that tells the story</li>
</ul>
<p><b>Cons</b></p>
<ul>
<li>The middle hour drifts</li>
<li>The engineer stays a sketch</li>
</ul>
<h2>Verdict</h2>
<p>The Lantern Coast is a patient, beautifully made film about letting go, and worth the slow start.</p>
<p><b>Rating: 8/10</b></p>
</div>
</div>
</div>
</body>
</html>`;
