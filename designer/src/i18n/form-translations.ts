import type { TranslationPatterns } from './dom-translation';

// form-js' viewer writes its validation messages and a few placeholders in English without a translate service
// (@bpmn-io/form-js-viewer 1.x, Validator and the select/taglist components); the studio translates them where they appear.
export const formTranslations: Record<string, string> = {
  'Field is required.': '此项为必填项。',
  'Field must be a valid email.': '请输入有效的电子邮箱地址。',
  'Field must be a valid  international phone number. (e.g. +4930664040900)': '请输入有效的国际电话号码（例如 +8637165500000）。',
  'Select': '请选择',
  'Search': '搜索',
  'No results': '没有匹配项',
  'Remove': '删除',
};

export const formPatterns: TranslationPatterns = [
  [/^Field must match pattern (.+)\.$/, '格式不正确，须符合 $1。'],
  [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
  [/^Field must have minimum length of (.+)\.$/, '长度不能少于 $1 个字符。'],
  [/^Field must have maximum length of (.+)\.$/, '长度不能超过 $1 个字符。'],
  [/^Value is not a number\.$/, '请输入数字。'],
  [/^Value is expected to be an integer\.$/, '请输入整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, '最多保留 $1 位小数。'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, '请输入有效值，最接近的有效值为 $1 和 $2。'],
];
