/** Copying text from the sidebar: the Clipboard API, else a selected field (the add-on frame may refuse the API). */
import { h } from './dom';

export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Sandboxed frames may refuse the Clipboard API; fall back below.
  }
  const field = h('textarea', { className: 'copy-field' });
  field.value = text;
  document.body.appendChild(field);
  field.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  field.remove();
  return ok;
}
