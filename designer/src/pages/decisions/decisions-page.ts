import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn.css';
import DmnModeler, { type DmnView } from 'dmn-js/lib/Modeler';
import { ApiError } from '../../api/api-error';
import type { DecisionDefinition } from '../../api/types';
import type { Page } from '../../app/page';
import { Roles } from '../../app/roles';
import { ChineseDmnTranslateModule } from '../../i18n/dmn-translate';
import { zh } from '../../i18n/zh';
import { zhDecisions } from '../../i18n/zh-decisions';
import { h, StatusLine } from '../../ui/dom';
import { groupDecisions, type DecisionFile } from './decision-versions';
import { compareRules, decisionInputs, testVariables } from './dmn-model';

const t = zhDecisions;

/** 裁量基准: the deployed DMN files (every version), dmn-js with its DRD, decision table and literal expression views,
 * deploy (designers and admin), version compare of a table, and a test panel that evaluates the deployed decision.
 * This page is its own chunk (routes.ts), so dmn-js loads only when it is opened. */
export const decisionsPage: Page = async (container, context) => {
  const status = new StatusLine();
  const list = h('div', { className: 'process-list', 'data-testid': 'decision-list' });
  const title = h('span', { className: 'diagram-title', 'data-testid': 'decision-title' });
  const views = h('span', { className: 'decision-views', 'data-testid': 'decision-views' });
  const compareWith = h('select', { 'data-testid': 'compare-version', 'aria-label': t.compareWith });
  const editorHost = h('div', { className: 'form-editor decision-editor', 'data-testid': 'decision-editor' });
  const testPanel = h('div', { className: 'decision-test', 'data-testid': 'decision-test' });
  const comparePanel = h('div', { className: 'diff-summary', 'data-testid': 'decision-compare' });
  const designs = context.session.user.roles.some((role) => role === Roles.designer || role === Roles.admin);
  container.replaceChildren(h('div', { className: 'designer' },
    h('aside', { className: 'sidebar' }, h('h2', {}, t.list), list),
    h('section', { className: 'workspace' },
      h('div', { className: 'toolbar' },
        title, views,
        compareWith,
        h('button', { type: 'button', 'data-action': 'compare-decision', onclick: () => void compare() }, t.compare),
        designs && h('button', { type: 'button', className: 'primary', 'data-action': 'deploy-decision', onclick: () => void deploy() }, t.deploy)),
      status.element,
      comparePanel,
      editorHost,
      testPanel)));

  // Per view: dmn-js replaces (does not merge) the common additionalModules with each view's own.
  const chinese = { additionalModules: [ChineseDmnTranslateModule] };
  const modeler = new DmnModeler({ container: editorHost, drd: chinese, decisionTable: chinese, literalExpression: chinese });
  let files: DecisionFile[] = [];
  let current: DecisionDefinition | null = null;
  let currentXml = '';
  // importXML first shows the file's first table (and says so in views.changed) before open() shows the one asked for:
  // the test panel follows the views only once the latest open() has finished, so it never shows a table on its way past.
  let openTicket = 0;
  let settled = false;
  let opening: Promise<void> = Promise.resolve();

  modeler.on('views.changed', ({ views: all, activeView }) => {
    views.replaceChildren(...all.map((view) => h('button', {
      type: 'button',
      className: view === activeView ? 'version active' : 'version',
      'data-view': `${view.type}:${view.element.id}`,
      onclick: () => void modeler.open(view),
    }, `${t.view[view.type] ?? view.type} · ${view.element.name ?? view.element.id}`)));
    if (settled) renderTestPanel(activeView);
  });

  function problemText(e: unknown): string {
    return e instanceof ApiError ? [e.userMessage, ...e.problems.map((p) => p.message)].join('；') : String(e);
  }

  async function load(): Promise<void> {
    files = groupDecisions(await context.api.decisionDefinitions());
    list.replaceChildren(
      ...(files.length === 0 ? [h('p', { className: 'muted' }, t.none)] : []),
      ...files.flatMap((file) => [
        h('h3', { className: 'decision-file' }, file.resourceName),
        ...file.decisions.map((decision) => h('button', {
          type: 'button',
          className: decision.decisionId === current?.decisionId ? 'version active' : 'version',
          'data-decision-id': decision.decisionId,
          title: t.deployedBy(decision.versions[0].deployedBy),
          onclick: () => void open(decision.versions[0]),
        }, `${decision.name} · ${zh.designer.version(decision.versions[0].version)}`)),
      ]));
  }

  function versionsOf(decisionId: string): DecisionDefinition[] {
    return files.flatMap((f) => f.decisions).find((d) => d.decisionId === decisionId)?.versions ?? [];
  }

  /** Opens a decision; a later call wins over one still loading (the imports run one after another, stale ones skipped). */
  function open(definition: DecisionDefinition): Promise<void> {
    const ticket = ++openTicket;
    settled = false;
    testPanel.replaceChildren();
    delete testPanel.dataset.decisionId;
    const xml = context.api.decisionXml(definition.key);
    const run = opening.then(async () => {
      const loaded = await xml;
      if (ticket === openTicket) await show(definition, loaded, ticket);
    });
    opening = run.catch(() => undefined);
    return run;
  }

  async function show(definition: DecisionDefinition, xml: string, ticket: number): Promise<void> {
    currentXml = xml;
    current = definition;
    await modeler.importXML(currentXml);
    if (ticket !== openTicket) return;
    const view = modeler.getViews().find((v) => v.element.id === definition.decisionId);
    if (view) await modeler.open(view);
    if (ticket !== openTicket) return;
    settled = true;
    renderTestPanel(modeler.getActiveView());
    title.textContent = `${definition.name} · ${zh.designer.version(definition.version)} · ${t.deployedBy(definition.deployedBy)}`;
    compareWith.replaceChildren(...versionsOf(definition.decisionId)
      .filter((v) => v.version !== definition.version)
      .map((v) => h('option', { value: v.key }, zh.designer.version(v.version))));
    comparePanel.replaceChildren();
    status.clear();
    await load();
  }

  function renderTestPanel(view: DmnView | undefined): void {
    if (!current || !view || view.type === 'drd') {
      testPanel.replaceChildren();
      delete testPanel.dataset.decisionId;
      return;
    }
    const decisionId = view.element.id;
    testPanel.dataset.decisionId = decisionId;
    const deployed = versionsOf(decisionId)[0];
    const fields = decisionInputs(currentXml, decisionId).map((input) => ({
      input,
      field: h('input', { type: 'text', name: input.name, 'data-input': input.name, 'aria-label': input.label }),
    }));
    const output = h('div', { className: 'decision-result', 'data-testid': 'decision-result' });
    testPanel.replaceChildren(
      h('h3', {}, deployed ? t.testTitle(deployed.name, deployed.version) : t.test),
      h('p', { className: 'muted' }, t.testHint),
      h('div', { className: 'decision-inputs' }, ...fields.map(({ input, field }) => h('label', {}, `${input.label}（${input.name}）`, field))),
      h('button', {
        type: 'button', className: 'primary', 'data-action': 'evaluate-decision', disabled: !deployed,
        onclick: () => void evaluate(decisionId, Object.fromEntries(fields.map(({ input, field }) => [input.name, field.value])), output),
      }, t.evaluate),
      output);
  }

  async function evaluate(decisionId: string, typed: Record<string, string>, output: HTMLElement): Promise<void> {
    try {
      const answer = await context.api.evaluateDecision(decisionId, testVariables(typed));
      output.replaceChildren(
        h('h4', {}, t.result),
        h('pre', { 'data-testid': 'decision-result-value' }, JSON.stringify(answer.result, null, 2)),
        h('h4', {}, t.matchedRules),
        answer.matchedRules.length === 0
          ? h('p', { className: 'muted' }, t.noMatch)
          : h('ul', {}, ...answer.matchedRules.map((rule) => h('li', { 'data-rule-id': rule.ruleId },
            t.rule(rule.index, rule.ruleId), ' ', Object.values(rule.annotations).join('；')))));
    } catch (e) {
      output.replaceChildren(h('p', { className: 'status', 'data-kind': 'error' }, problemText(e)));
    }
  }

  async function compare(): Promise<void> {
    if (!current || !compareWith.value) return;
    const other = versionsOf(current.decisionId).find((v) => v.key === compareWith.value);
    if (!other) return;
    const otherXml = await context.api.decisionXml(other.key);
    const { xml } = await modeler.saveXML();
    const [olderXml, newerXml] = other.version < current.version ? [otherXml, xml] : [xml, otherXml];
    const changes = compareRules(olderXml, newerXml, current.decisionId);
    comparePanel.replaceChildren(
      h('strong', {}, `${t.compare}：${zh.designer.version(Math.min(other.version, current.version))} → ${zh.designer.version(Math.max(other.version, current.version))}`),
      changes.length === 0
        ? h('p', {}, t.noDifferences)
        : h('ul', {}, ...changes.map((change) => h('li', { 'data-change': change.kind, 'data-rule-id': change.ruleId },
          `${t.ruleChange[change.kind]} ${t.rule(change.index, change.ruleId)}`,
          change.before.length > 0 && ` ${t.before}：${change.before.join(' | ')}`,
          change.after.length > 0 && ` ${t.after}：${change.after.join(' | ')}`))));
  }

  async function deploy(): Promise<void> {
    if (!current) return;
    try {
      const { xml } = await modeler.saveXML({ format: true });
      const result = await context.api.deploy([{ name: current.resourceName, content: xml }]);
      const decisions = result.decisions ?? [];
      const mine = decisions.find((d) => d.decisionId === current?.decisionId);
      const unchanged = mine !== undefined && mine.version === current.version;
      const resourceName = current.resourceName;
      await load();
      const latest = mine && versionsOf(mine.decisionId).find((v) => v.version === mine.version);
      if (latest) await open(latest);
      if (unchanged) status.info(t.unchanged);
      else status.success(t.deployed(resourceName, decisions.length));
    } catch (e) {
      status.error(problemText(e));
    }
  }

  try {
    await load();
    const first = files[0]?.decisions[0]?.versions[0];
    if (first) await open(first);
  } catch (e) {
    status.error(problemText(e));
  }
  return () => modeler.destroy();
};
