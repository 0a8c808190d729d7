/// <reference types="node" />
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

/** The content script: one classic script (IIFE), no imports at run time. See vite.config.ts for why. */
export default defineConfig({
  plugins: [preact()],
  publicDir: false,
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
