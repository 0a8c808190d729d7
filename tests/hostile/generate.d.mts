// Types for generate.mjs (plain JS so the browser tests can import it without a build step).
export interface HostileCase {
  /** kind#variant, stable for a seed. */
  id: string;
  kind: string;
  /** Where the page lives: a blogspot host matched by the manifest. */
  url: string;
  html: string;
  /** Other pages it loads (frames). */
  extra: { url: string; html: string }[];
  /** Page text that looks like markup: must come out as this exact text, never run. */
  inert: string[];
  /** Text of the page's own script/style elements: must never be read as post text. */
  hidden: string[];
  /** A huge page: few of these in the Node run. */
  heavy: boolean;
  /** The page runs scripts that matter (overrides, rewrites): their effect shows in browsers only. */
  scripted: boolean;
}
export const DEFAULT_SEED: number;
export const KINDS: Record<string, [unknown, number, boolean]>;
export const OVERRIDES: string[];
export const REPRESENTATIVE: string[];
export function buildCase(kind: string, variant: number, seed?: number): HostileCase;
export function generateCases(seed?: number): HostileCase[];
export function representativeCases(seed?: number): HostileCase[];
