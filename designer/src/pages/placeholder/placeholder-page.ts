import type { Page } from '../../app/page';
import { navigation } from '../../app/navigation';
import { zh } from '../../i18n/zh';
import { h } from '../../ui/dom';

/** Stands in for the pages later issues add (inbox, escalations, operations, public disclosure). */
export const placeholderPage: Page = (container) => {
  const entry = navigation.find((e) => location.pathname.startsWith(e.path));
  container.replaceChildren(h('section', { className: 'placeholder' },
    h('h1', {}, entry?.label ?? ''),
    h('p', {}, zh.placeholder.notYet)));
};
