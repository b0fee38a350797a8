/** The kinds of enforcement activity the canvas, the palette and the menus tell apart by icon. */
export type ActivityCategory =
  | 'document'
  | 'deadline'
  | 'disclosure'
  | 'agency-send'
  | 'agency-reply'
  | 'case'
  | 'personnel'
  | 'payment'
  | 'generic';

/** What the category mapping reads of an element template (the server's `GET /api/element-templates`). */
export interface CategorizedTemplate {
  id: string;
  name: string;
  category?: { id?: string; name?: string };
  elementType?: { value?: string };
}

export const categoryLabels: Record<ActivityCategory, string> = {
  document: '文书',
  deadline: '期限',
  disclosure: '公示与备案',
  'agency-send': '对外报送',
  'agency-reply': '外部回执',
  case: '案件',
  personnel: '人员与机构',
  payment: '罚没款',
  generic: '通用',
};

const activityPrefix = 'bpm.activity.';
const messagePrefix = 'bpm.message.';

/** The server groups the enforcement activities coarsely (执法业务 holds case, personnel and payment activities, 期限
 * lacks the statutory-period calculator): these task types get a finer category than their template's. */
const byTaskType: Record<string, ActivityCategory> = {
  'bpm:case-number': 'case',
  'bpm:major-decision-check': 'case',
  'bpm:case-file-sampling': 'case',
  'bpm:officer-qualification-check': 'personnel',
  'bpm:training-compliance-check': 'personnel',
  'bpm:agency-heads': 'personnel',
  'bpm:organisation-units': 'personnel',
  'bpm:unit-officers': 'personnel',
  'bpm:payment-record': 'payment',
  'bpm:late-payment-surcharge': 'payment',
  'bpm:statutory-deadline': 'deadline',
};

/** The template's own category (its `category.name`, as the server's activities declare it). */
const byTemplateCategory: Record<string, ActivityCategory> = {
  文书: 'document',
  期限: 'deadline',
  公示与备案: 'disclosure',
  执法业务: 'case',
  通用: 'generic',
};

/** The icon category of a template: agency messages by direction (send task out, catch event in), then a finer
 * category for the task types above, then the template's own category; a template with none is 通用. */
export function categoryOf(template: CategorizedTemplate): ActivityCategory {
  if (template.id.startsWith(messagePrefix)) {
    return template.elementType?.value === 'bpmn:SendTask' ? 'agency-send' : 'agency-reply';
  }
  const taskType = template.id.startsWith(activityPrefix) ? template.id.slice(activityPrefix.length) : template.id;
  return byTaskType[taskType] ?? byTemplateCategory[template.category?.name ?? ''] ?? 'generic';
}
