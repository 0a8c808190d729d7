// Runs every tests/e2e/*.e2e.mjs in real Chromium and Firefox, one file at a time (2-core machines).
// A missing browser is a clear failure with the command that installs it, never a silent skip.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { EXECUTABLES, missingBrowsers } from './harness/browsers.mjs';

const missing = missingBrowsers();
if (missing.length > 0) {
  console.error(`e2e needs ${missing.map((b) => EXECUTABLES[b]).join(' and ')}. Install with:`);
  console.error('  sudo apt-get update && sudo apt-get install -y chromium firefox-esr');
  process.exit(1);
}
for (const dist of ['dist/chrome/manifest.json', 'dist/firefox/manifest.json']) {
  if (!existsSync(dist)) {
    console.error(`${dist} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const only = process.argv.slice(2);
const files = (only.length ? only : readdirSync('tests/e2e').filter((f) => f.endsWith('.e2e.mjs'))).map(
  (f) => (f.includes('/') ? f : `tests/e2e/${f}`),
);
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
