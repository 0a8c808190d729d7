// Store-ready archives of the two builds: review-lens-<browser>-<version>.zip in the project folder.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
for (const [browser, dir] of [
  ['chrome', 'dist/chrome'],
  ['firefox', 'dist/firefox'],
]) {
  const filename = `review-lens-${browser}-${version}.zip`;
  const run = spawnSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      dir,
      '--artifacts-dir',
      '.',
      '--filename',
      filename,
      '--overwrite-dest',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  console.log(`wrote ${filename}`);
}
