import { describe, expect, it } from 'vitest';
import { compareRules, decisionInputs, testVariables, typedValue } from './dmn-model';

const table = (fine: string, extraRule = '') => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="x">
  <decision id="tier" name="裁量阶次">
    <decisionTable id="t1" hitPolicy="FIRST">
      <input id="i1" label="违法情节"><inputExpression><text>severity</text></inputExpression></input>
      <input id="i2" label="初次违法"><inputExpression><text>firstOffence</text></inputExpression></input>
      <output id="o1" name="tier"/>
      <rule id="r1"><inputEntry><text>"轻微"</text></inputEntry><inputEntry><text>true</text></inputEntry><outputEntry><text>"从轻"</text></outputEntry></rule>
      <rule id="r2"><inputEntry><text>-</text></inputEntry><inputEntry><text>-</text></inputEntry><outputEntry><text>"一般"</text></outputEntry></rule>
    </decisionTable>
  </decision>
  <decision id="fine" name="罚款">
    <informationRequirement id="ir"><requiredDecision href="#tier"/></informationRequirement>
    <decisionTable id="t2" hitPolicy="FIRST">
      <input id="j1" label="裁量阶次"><inputExpression><text>裁量阶次</text></inputExpression></input>
      <input id="j2" label="货值金额"><inputExpression><text>goodsValue</text></inputExpression></input>
      <input id="j3" label="计算列"><inputExpression><text>goodsValue * 2</text></inputExpression></input>
      <output id="p1" name="maxFine"/>
      <rule id="f1"><inputEntry><text>"从轻"</text></inputEntry><inputEntry><text>-</text></inputEntry><inputEntry><text>-</text></inputEntry><outputEntry><text>${fine}</text></outputEntry></rule>
      <rule id="f2"><inputEntry><text>"一般"</text></inputEntry><inputEntry><text>-</text></inputEntry><inputEntry><text>-</text></inputEntry><outputEntry><text>5000</text></outputEntry></rule>
      ${extraRule}
    </decisionTable>
  </decision>
</definitions>`;

describe('the inputs the test panel asks for', () => {
  it('lists the table inputs and those of the required decisions, not the required results or computed columns', () => {
    expect(decisionInputs(table('1000'), 'fine')).toEqual([
      { name: 'severity', label: '违法情节' },
      { name: 'firstOffence', label: '初次违法' },
      { name: 'goodsValue', label: '货值金额' },
    ]);
  });

  it('gives nothing for an unknown decision', () => {
    expect(decisionInputs(table('1000'), 'nope')).toEqual([]);
  });
});

describe('typed values', () => {
  it('reads numbers, booleans, quoted and bare text, and empty as null', () => {
    expect(typedValue(' 2500 ')).toBe(2500);
    expect(typedValue('-1.5')).toBe(-1.5);
    expect(typedValue('true')).toBe(true);
    expect(typedValue('false')).toBe(false);
    expect(typedValue('"一般"')).toBe('一般');
    expect(typedValue('一般')).toBe('一般');
    expect(typedValue('')).toBeNull();
  });

  it('leaves empty inputs out of the variables', () => {
    expect(testVariables({ severity: '轻微', goodsValue: '', firstOffence: 'true' })).toEqual({ severity: '轻微', firstOffence: true });
  });
});

describe('version compare of a decision table', () => {
  it('finds a changed cell, an added and a removed rule', () => {
    const older = table('1000');
    const newer = table('1500', '<rule id="f3"><inputEntry><text>-</text></inputEntry><inputEntry><text>-</text></inputEntry><inputEntry><text>-</text></inputEntry><outputEntry><text>0</text></outputEntry></rule>')
      .replace(/<rule id="f2">.*?<\/rule>/s, '');
    const changes = compareRules(older, newer, 'fine');
    expect(changes.map((c) => [c.kind, c.ruleId, c.index])).toEqual([['changed', 'f1', 1], ['added', 'f3', 2], ['removed', 'f2', 2]]);
    expect(changes[0].before[3]).toBe('1000');
    expect(changes[0].after[3]).toBe('1500');
  });

  it('reports nothing for identical versions', () => {
    expect(compareRules(table('1000'), table('1000'), 'fine')).toEqual([]);
  });
});
