import type { Translate } from './model';

function List({ id, title, items, kind }: { id: string; title: string; items: string[]; kind: string }) {
  return (
    <section class={`list ${kind}`} aria-labelledby={id}>
      <h3 id={id} class="section-title">
        {title}
      </h3>
      <ul data-testid={kind}>
        {items.map((item, i) => (
          // Items can repeat; their position is their identity (the list is never reordered).
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

export function ProsCons({ pros, cons, t }: { pros: string[]; cons: string[]; t: Translate }) {
  if (!pros.length && !cons.length) return null;
  return (
    <div class="pros-cons">
      {pros.length > 0 && <List id="rl-pros" title={t('panelPros')} items={pros} kind="pros" />}
      {cons.length > 0 && <List id="rl-cons" title={t('panelCons')} items={cons} kind="cons" />}
    </div>
  );
}
