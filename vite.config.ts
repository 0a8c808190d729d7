/// <reference types="node" />
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };

type Target = 'chrome' | 'firefox';
const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const outDir = `dist/${target}`;

/**
 * crxjs bundles the content script as a loader plus a web-accessible ES module. We build it instead as one
 * self-contained IIFE (vite.content.config.ts): no web-accessible resources for pages to probe, and the same
 * file can be registered at run time for custom-domain Blogger blogs. So crxjs gets the manifest without
 * `content_scripts`, and this plugin writes them back, unchanged, once crxjs has emitted its manifest.
 */
function restoreContentScripts(): Plugin {
  return {
    name: 'review-lens:restore-content-scripts',
    apply: 'build',
    enforce: 'post',
    writeBundle() {
      const path = resolve(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(path, 'utf8'));
      built.content_scripts = baseManifest.content_scripts;
      writeFileSync(path, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

/** One source manifest; each store gets only the keys its browser reads. */
function manifestFor(browser: Target) {
  const {
    content_scripts: _,
    background,
    browser_specific_settings,
    minimum_chrome_version,
    ...rest
  } = baseManifest;
  return browser === 'firefox'
    ? {
        ...rest,
        browser_specific_settings,
        background: { scripts: background.scripts, type: background.type },
      }
    : {
        ...rest,
        minimum_chrome_version,
        background: { service_worker: background.service_worker, type: background.type },
      };
}

export default defineConfig({
  plugins: [
    preact(),
    // biome-ignore lint/suspicious/noExplicitAny: crxjs types the manifest loosely per browser.
    crx({ manifest: manifestFor(target) as any, browser: target }),
    restoreContentScripts(),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
  },
});
