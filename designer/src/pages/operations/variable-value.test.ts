import { describe, expect, it } from 'vitest';
import { kindOf, parseValue } from './variable-value';

describe('variable values', () => {
  it('edits each JSON kind as its own field kind', () => {
    expect([kindOf('a'), kindOf(1), kindOf(false), kindOf(null), kindOf({ a: 1 }), kindOf([1])])
      .toEqual(['string', 'number', 'boolean', 'null', 'json', 'json']);
  });

  it('reads typed fields back into values of their kind', () => {
    expect(parseValue('number', ' 3000 ')).toBe(3000);
    expect(parseValue('boolean', 'true')).toBe(true);
    expect(parseValue('string', '0042')).toBe('0042');
    expect(parseValue('json', '{"name":"某公司"}')).toEqual({ name: '某公司' });
    expect(parseValue('null', '')).toBeNull();
    expect(parseValue('null', '12')).toBe(12);
    expect(parseValue('null', '某公司')).toBe('某公司');
  });

  it('refuses what is not a value of the kind, in Chinese', () => {
    expect(() => parseValue('number', '三千')).toThrow('「三千」不是数字');
    expect(() => parseValue('json', '{')).toThrow('不是有效的 JSON');
  });
});
