// Builds dist/chrome and dist/firefox: the extension pages and worker (vite + crxjs), then the content script.
import { build } from 'vite';

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
for (const target of targets) {
  process.env.TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  await build({ configFile: 'vite.content.config.ts', logLevel: 'warn' });
  console.log(`built dist/${target}`);
}
