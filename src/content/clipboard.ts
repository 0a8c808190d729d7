/**
 * Puts text on the clipboard from a click in the panel. The async Clipboard API needs a secure context;
 * elsewhere (plain-http blogs) a selected textarea inside our shadow root and `execCommand('copy')` do it.
 */
export async function copyToClipboard(text: string, shadow: ShadowRoot): Promise<boolean> {
  const view = shadow.ownerDocument.defaultView;
  if (view?.isSecureContext && view.navigator.clipboard) {
    try {
      await view.navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied (no focus, policy): try the selection route below.
    }
  }
  const focused = shadow.activeElement as HTMLElement | null;
  const area = shadow.ownerDocument.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0';
  shadow.append(area);
  area.select();
  let ok = false;
  try {
    ok = shadow.ownerDocument.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  focused?.focus();
  return ok;
}
