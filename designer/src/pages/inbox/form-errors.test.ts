import { describe, expect, it } from 'vitest';
import { fieldsByKey, toFormErrors } from './form-errors';

const schema = {
  components: [
    { id: 'title', type: 'text' },
    { id: 'party_group', type: 'group', components: [{ id: 'party', key: 'partyName', label: '当事人' }] },
    { id: 'amount', key: 'fineAmount', label: '罚款金额' },
  ],
};

describe('form errors', () => {
  it('finds fields inside groups by their variable key', () => {
    expect(fieldsByKey(schema).get('partyName')).toEqual({ id: 'party', label: '当事人' });
    expect(fieldsByKey(schema).has('title')).toBe(false);
  });

  it('keys server errors by component id and keeps the rest apart', () => {
    const result = toFormErrors(schema, [
      { field: 'fineAmount', message: '不能超过 3000' },
      { field: 'fineAmount', message: '必须是数字' },
      { field: 'unknown', message: '未知字段' },
    ]);
    expect(result.byId).toEqual({ amount: ['不能超过 3000', '必须是数字'] });
    expect(result.unmatched).toEqual([{ field: 'unknown', message: '未知字段' }]);
  });
});
