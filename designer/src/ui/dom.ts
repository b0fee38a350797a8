type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | EventListener | undefined>;

/** Creates an element: attributes (on* keys become listeners, false/undefined are left out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'className') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** A status line that pages write to: info, success or error. */
export class StatusLine {
  readonly element = h('div', { className: 'status', role: 'status', 'aria-live': 'polite' });

  info(text: string): void {
    this.set(text, 'info');
  }

  success(text: string): void {
    this.set(text, 'success');
  }

  error(text: string): void {
    this.set(text, 'error');
  }

  clear(): void {
    this.set('', 'info');
  }

  private set(text: string, kind: string): void {
    this.element.textContent = text;
    this.element.dataset.kind = kind;
  }
}
