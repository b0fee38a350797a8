import { describe, expect, it } from 'vitest';
import type { DecisionDefinition } from '../../api/types';
import { groupDecisions } from './decision-versions';

const definition = (decisionId: string, version: number, file: string, name = decisionId): DecisionDefinition => ({
  key: `${decisionId}-${version}`, decisionId, name, version, decisionRequirementsId: file, resourceName: `${file}.dmn`,
  deploymentKey: '1', deployedAt: '2026-12-06T00:00:00Z', deployedBy: version > 1 ? 'xufan' : null,
});

describe('decision list', () => {
  it('groups versions by file and decision, newest version first', () => {
    const files = groupDecisions([
      definition('price-unmarked', 1, 'pricing', '违反明码标价规定'),
      definition('food-unlicensed', 1, 'food', '未取得许可'),
      definition('price-unmarked', 2, 'pricing', '违反明码标价规定'),
      definition('price-tier', 1, 'pricing', '裁量阶次'),
    ]);
    expect(files.map((f) => f.resourceName)).toEqual(['food.dmn', 'pricing.dmn']);
    const pricing = files[1].decisions;
    expect(pricing.map((d) => d.decisionId)).toEqual(['price-tier', 'price-unmarked']);
    expect(pricing[1].versions.map((v) => v.version)).toEqual([2, 1]);
    expect(pricing[1].versions[0].deployedBy).toBe('xufan');
  });
});
