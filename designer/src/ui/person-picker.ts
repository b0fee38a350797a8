import type { PersonChoice } from '../api/work-types';
import { zh } from '../i18n/zh';
import { h } from './dom';

export type PeopleSource = (text: string) => Promise<PersonChoice[]>;

export interface PersonPicker {
  element: HTMLElement;
  /** The chosen person's username, or null while nobody was picked from the list. */
  value(): string | null;
  /** The chosen person (name and unit, for what the page then says), or null. */
  person(): PersonChoice | null;
  clear(): void;
}

/** A user picker: typing searches people by name, username or unit (`GET /api/people`, scoped by the server to whom the
 *  caller may hand work); only a person picked from the list counts, so a mistyped name cannot be sent. */
export function personPicker(name: string, search: PeopleSource, placeholder: string = zh.people.search): PersonPicker {
  let chosen: PersonChoice | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  const input = h('input', { name, placeholder, size: 18, autocomplete: 'off', 'aria-label': placeholder, role: 'combobox' });
  const list = h('ul', { className: 'picker-list', role: 'listbox', 'data-testid': `${name}-choices` });
  list.hidden = true;

  const show = (people: PersonChoice[]) => {
    list.replaceChildren(...(people.length === 0
      ? [h('li', { className: 'muted' }, zh.people.none)]
      : people.map((person) => h('li', {},
        h('button', {
          type: 'button', role: 'option', 'data-username': person.username,
          onclick: () => {
            chosen = person;
            input.value = zh.people.chosen(person.displayName, person.organisationName);
            input.dataset.username = person.username;
            list.hidden = true;
          },
        }, zh.people.chosen(person.displayName, person.organisationName))))));
    list.hidden = false;
  };
  input.addEventListener('input', () => {
    chosen = null;
    delete input.dataset.username;
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) { list.hidden = true; return; }
    timer = setTimeout(async () => {
      const ticket = ++asked;
      const people = await search(text).catch(() => []);
      if (ticket === asked) show(people);
    }, 200);
  });

  return {
    element: h('span', { className: 'picker' }, input, list),
    value: () => chosen?.username ?? null,
    person: () => chosen,
    clear: () => { chosen = null; input.value = ''; delete input.dataset.username; list.hidden = true; },
  };
}
