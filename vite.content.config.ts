/// <reference types="node" />
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

/** The content script: one classic script (IIFE), no imports at run time. See vite.config.ts for why. */
export default defineConfig({
  plugins: [preact()],
  publicDir: false,
  // The content script reaches the WebExtension API through a small adapter instead of the polyfill
  // (src/content/browser-api.ts says why); extension pages and the worker keep the polyfill.
  resolve: {
    alias: {
      'webextension-polyfill': fileURLToPath(new URL('src/content/browser-global.ts', import.meta.url)),
    },
  },
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: 'src/content/index.ts',
      formats: ['iife'],
      name: 'ReviewLens',
      fileName: () => 'content.js',
    },
  },
});
