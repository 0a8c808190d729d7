/**
 * npm run -s analyze -- [--json] [--url URL] FILE...
 * Runs the same core as the content script on saved HTML files. Bad input: one line per file, exit 1.
 */
import { loadPage, PageError } from './lib/load';
import { type PageReport, reportPage } from './lib/report';

function parseArgs(argv: string[]): { json: boolean; url: string | undefined; files: string[] } | string {
  let json = false;
  let url: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--url') {
      url = argv[++i];
      if (!url) return '--url needs an address';
    } else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length === 0) return 'no files given';
  return { json, url, files };
}

function readable(r: PageReport): string {
  const lines = [
    `== ${r.file}`,
    `Blogger: ${r.blogger ? 'yes' : 'no'}   page: ${r.page}   review: ${r.review ? 'yes' : 'no'}`,
  ];
  if (r.title !== null) {
    lines.push(
      `Title: ${r.title}`,
      `Language: ${r.language}   words: ${r.words}   reading: ${r.readingMinutes} min`,
    );
    lines.push(r.headings.length ? 'Contents:' : 'Contents: (no headings)');
    for (const h of r.headings) lines.push(`${'  '.repeat(h.level)}${h.text}`);
    if (r.summary.length) lines.push('Summary:', ...r.summary.map((s) => `  - ${s}`));
    if (r.verdict) lines.push(`Verdict: ${r.verdict}`);
    if (r.rating) lines.push(`Rating: ${r.rating.value}/${r.rating.scale}`);
  }
  return lines.join('\n');
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`analyze: ${args}\nusage: npm run -s analyze -- [--json] [--url URL] FILE...`);
    return 2;
  }
  let failed = false;
  for (const file of args.files) {
    try {
      const { doc, url } = loadPage(file, args.url);
      const report = reportPage(file, doc, url, true);
      console.log(args.json ? JSON.stringify(report) : readable(report));
    } catch (error) {
      failed = true;
      const why =
        error instanceof PageError ? error.message : `could not analyze (${String(error).slice(0, 200)})`;
      console.error(`analyze: ${file}: ${why}`);
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
