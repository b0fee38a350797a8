import { describe, expect, it } from 'vitest';
import { caseLine } from './case-line';

describe('case line', () => {
  it('shows the case number and the party instead of the process id and instance key', () => {
    expect(caseLine({ processInstanceKey: '255356994590932992', case: { caseNumber: '郑市监立〔2026〕3号', businessKey: 'DEMO-1', partyName: '郑州某公司' } }))
      .toBe('郑市监立〔2026〕3号 · 郑州某公司');
  });

  it('falls back to the business key, then to the instance key', () => {
    expect(caseLine({ processInstanceKey: '1', case: { caseNumber: null, businessKey: 'DEMO-FZSH-0001', partyName: null } })).toBe('DEMO-FZSH-0001');
    expect(caseLine({ processInstanceKey: '1', case: null })).toBe('#1');
  });
});
