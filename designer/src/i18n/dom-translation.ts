import { modelerTranslations } from './modeler-translations';

const attributes = ['title', 'placeholder', 'aria-label'];

/** English sentences with a number or a value built in, and their Chinese with the same $1 … */
export type TranslationPatterns = readonly (readonly [RegExp, string])[];

// Texts rendered with a count or a state built into the English sentence.
const modelerPatterns: TranslationPatterns = [
  [/^List contains (\d+) items?$/, '列表包含 $1 项'],
  [/^Click to set a dynamic value with FEEL expression$/, '点击以改用 FEEL 表达式设置动态值'],
  [/^Click to remove dynamic value with FEEL expression$/, '点击以取消 FEEL 表达式动态值'],
];

function chineseFor(text: string, table: Record<string, string>, patterns: TranslationPatterns): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  let translated: string | null = null;
  if (Object.hasOwn(table, trimmed)) translated = text.replace(trimmed, table[trimmed]);
  else for (const [pattern, chinese] of patterns) if (pattern.test(trimmed)) translated = text.replace(trimmed, trimmed.replace(pattern, chinese));
  // Only real changes: writing an unchanged value (e.g. 'ID') would still notify the observer, which would write it again.
  return translated === text ? null : translated;
}

/** Replaces, under root, English texts and tooltips found in the table. */
export function translateTree(root: Node, table: Record<string, string> = modelerTranslations,
  patterns: TranslationPatterns = modelerPatterns): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const chinese = chineseFor(node.nodeValue ?? '', table, patterns);
      if (chinese !== null) node.nodeValue = chinese;
      continue;
    }
    if (!(node instanceof Element)) continue;
    for (const name of attributes) {
      const value = node.getAttribute(name);
      const chinese = value === null ? null : chineseFor(value, table, patterns);
      if (chinese !== null) node.setAttribute(name, chinese);
    }
  }
}

/** Some properties panel widgets render their built-in English without the translate service (the shared panel
 *  library's section buttons and list tooltips, the element templates' group headers): this keeps translating what
 *  appears under root. Only changed values are written, and translations are not keys, so the observer does not feed itself. */
export function keepTranslated(root: HTMLElement, table: Record<string, string> = modelerTranslations,
  patterns: TranslationPatterns = modelerPatterns): () => void {
  translateTree(root, table, patterns);
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') mutation.addedNodes.forEach((node) => translateTree(node, table, patterns));
      else translateTree(mutation.target, table, patterns);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: attributes });
  return () => observer.disconnect();
}
