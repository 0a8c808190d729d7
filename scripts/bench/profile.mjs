// A CPU profile (DevTools protocol) of the whole pipeline on one page: self time by function and by source
// module, so a missed budget names the functions responsible. A function is placed in the one src/ file that
// declares its name; names declared in several files fall back to rolldown's "// src/…" region comments in
// the unminified bench bundle (the nearest one above the function; rolldown does not emit one per module).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where each function name is declared in src/, when only one file declares it (rolldown renames clashes `name$1`). */
function declaredIn() {
  const files = readdirSync('src', { recursive: true }).filter(
    (f) => /\.tsx?$/.test(f) && !/\.test\./.test(f),
  );
  const where = new Map();
  for (const file of files) {
    const text = readFileSync(join('src', file), 'utf8');
    for (const m of text.matchAll(/(?:function\*?\s+|const\s+)([A-Za-z_$][\w$]*)\s*(?:[=(<]|:)/g)) {
      const seen = where.get(m[1]);
      where.set(m[1], seen === undefined || seen === `src/${file}` ? `src/${file}` : null);
    }
  }
  return where;
}

function moduleOfLine(bundle) {
  const modules = [];
  let current = '(bundle)';
  for (const line of bundle.split('\n')) {
    const m = /^\s*\/\/ ((?:src|scripts|node_modules)\/\S+)/.exec(line);
    if (m) current = m[1];
    modules.push(current);
  }
  return (line) => modules[line] ?? '(bundle)';
}

/**
 * @param {import('playwright-core').Page} page a fresh page with the bench bundle loaded
 * @param {'pipeline'|'reading'} what the whole pipeline, or detect + extract + outline
 * @param {number} calls profiled calls; 0 profiles the very first call (cold), nothing run before it
 */
export async function profileCalls(page, bundle, what, calls) {
  const cold = calls === 0;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const run = (n) => page.evaluate(([what, n]) => window.reviewLensBench.repeat(what, n), [what, n]);
  // Warm profiles skip one call, so they show steady state rather than compilation.
  if (!cold) await run(1);
  await cdp.send('Profiler.start');
  await run(Math.max(calls, 1));
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  calls = Math.max(calls, 1);

  const moduleOf = moduleOfLine(bundle);
  const declared = declaredIn();
  const selfUs = new Map(profile.nodes.map((n) => [n.id, 0]));
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfUs.set(id, selfUs.get(id) + (profile.timeDeltas[i + 1] ?? 0));
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
  const isJs = (n) => n.callFrame.url !== '' || n.callFrame.lineNumber >= 0;
  const describe = (n) => {
    const { functionName, lineNumber, url } = n.callFrame;
    const module = url.startsWith('http')
      ? '(page scripts)'
      : lineNumber >= 0
        ? (declared.get(functionName.replace(/\$\d+$/, '')) ?? moduleOf(lineNumber))
        : '(native)';
    return `${functionName || '(anonymous)'} ${module}`;
  };
  const byFunction = new Map();
  const byModule = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id);
    const { functionName } = node.callFrame;
    if (['(idle)', '(program)', '(root)'].includes(functionName)) continue;
    total += us;
    // A native function (querySelector, RegExp…) is named with the JS function that called it.
    let caller = parentOf.get(node.id);
    while (!isJs(node) && caller !== undefined && !isJs(byId.get(caller))) caller = parentOf.get(caller);
    const key =
      isJs(node) || caller === undefined || functionName === '(garbage collector)'
        ? describe(node)
        : `${functionName} ← ${describe(byId.get(caller))}`;
    const module = isJs(node) ? describe(node).split(' ').pop() : '(native)';
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    byModule.set(module, (byModule.get(module) ?? 0) + us);
  }
  const top = (map, k) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => ({ name, ms: us / 1000 / calls, share: us / total }));
  return {
    calls,
    msPerCall: total / 1000 / calls,
    functions: top(byFunction, 15),
    modules: top(byModule, 10),
  };
}
