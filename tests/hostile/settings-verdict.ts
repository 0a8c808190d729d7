/**
 * For tests/e2e/durability.e2e.mjs: reads a stored settings value (JSON on stdin) with the extension's own
 * parser and prints what it makes of it, so the browser test judges storage exactly as every reader does.
 * Run with `npx tsx tests/hostile/settings-verdict.ts < stored.json`.
 */
import { readFileSync } from 'node:fs';
import { parseSettings } from '../../src/core/settings';

const raw: unknown = JSON.parse(readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(parseSettings(raw)));
