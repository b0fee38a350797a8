import type { PersonChoice } from '../api/work-types';
import { h } from './dom';

/** Finds a person by username; null when unknown (see WorkApi.person). */
export type PersonLookup = (username: string) => Promise<PersonChoice | null>;

/** A person as people read them: the Chinese name first, the unit and the username after it as secondary text. The
 *  username stands alone until the name is known, and stays when the directory does not know them (e.g. system:…). */
export function personName(username: string | null | undefined, lookup: PersonLookup, empty = '—'): HTMLSpanElement {
  const element = h('span', { className: 'person' }, username ?? empty);
  if (!username) return element;
  element.dataset.username = username;
  void lookup(username).then((person) => { if (person) showPerson(element, person); });
  return element;
}

/** Writes a known person into an element: name, then unit · username in muted text; the username also as its tooltip. */
export function showPerson(element: HTMLElement, person: PersonChoice): void {
  element.dataset.username = person.username;
  element.title = person.username;
  element.replaceChildren(person.displayName,
    h('span', { className: 'muted person-secondary' }, `（${[person.organisationName, person.username].filter(Boolean).join(' · ')}）`));
}

