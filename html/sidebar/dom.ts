/**
 * The only way the sidebar builds DOM. Children are nodes or strings, and strings always become
 * text nodes: sheet content such as `<img src=x onerror=...>` can never turn into markup.
 */
export type Child = Node | string | null | undefined | false;

export interface Attrs {
  className?: string;
  id?: string;
  title?: string;
  role?: string;
  type?: string;
  disabled?: boolean;
  checked?: boolean;
  tabIndex?: number;
  /** `data-*` attributes (values set as attribute text, never parsed). */
  data?: Record<string, string>;
  aria?: Record<string, string>;
  onClick?: (event: MouseEvent) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  onChange?: (event: Event) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs.className) el.className = attrs.className;
  if (attrs.id) el.id = attrs.id;
  if (attrs.title) el.title = attrs.title;
  if (attrs.role) el.setAttribute('role', attrs.role);
  if (attrs.type) el.setAttribute('type', attrs.type);
  if (attrs.disabled !== undefined && 'disabled' in el) (el as HTMLButtonElement).disabled = attrs.disabled;
  if (attrs.checked !== undefined && el instanceof HTMLInputElement) el.checked = attrs.checked;
  if (attrs.tabIndex !== undefined) el.tabIndex = attrs.tabIndex;
  for (const [k, v] of Object.entries(attrs.data ?? {})) el.setAttribute(`data-${k}`, v);
  for (const [k, v] of Object.entries(attrs.aria ?? {})) el.setAttribute(`aria-${k}`, v);
  const target: HTMLElement = el;
  if (attrs.onClick) target.addEventListener('click', attrs.onClick);
  if (attrs.onKeyDown) target.addEventListener('keydown', attrs.onKeyDown);
  if (attrs.onChange) target.addEventListener('change', attrs.onChange);
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** `text` cut to at most `max` characters (whole code points), ending in `…` when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** Only http(s) links and same-origin paths become hrefs; `javascript:` and the like never do. */
export function safeHref(url: string): string | null {
  if (/^https?:\/\//i.test(url)) return url;
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  return null;
}

export function link(url: string, label: string, className = ''): HTMLElement {
  const href = safeHref(url);
  if (!href) return h('span', { className }, label);
  const a = h('a', { className }, label);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}
