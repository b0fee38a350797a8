import { describe, expect, it } from 'vitest';
import type { Incident } from '../../api/work-types';
import { elementStatuses, markerFor } from './element-status';

const incident = (elementId: string, state: string): Incident => ({
  incidentKey: '1', processInstanceKey: '9', elementId, errorType: 'JOB_NO_RETRIES', errorMessage: 'x', state, createdAt: '',
});

describe('element statuses', () => {
  it('counts completions, marks active elements and open incidents', () => {
    const statuses = elementStatuses([
      { event: 'ACTIVATED', elementId: 'p', elementType: 'process', at: '' },
      { event: 'COMPLETED', elementId: 'p', elementType: 'process', at: '' },
      { event: 'COMPLETED', elementId: 'start', elementType: 'START_EVENT', at: '' },
      { event: 'COMPLETED', elementId: 'review', elementType: 'USER_TASK', at: '' },
      { event: 'COMPLETED', elementId: 'review', elementType: 'USER_TASK', at: '' },
      { event: 'VARIABLE_SET', name: 'x', at: '' },
    ], ['review', 'send'], [incident('send', 'ACTIVE'), incident('start', 'RESOLVED')]);

    expect(statuses.get('review')).toEqual({ completed: 2, active: 1, incidents: 0 });
    expect(statuses.get('send')).toEqual({ completed: 0, active: 1, incidents: 1 });
    expect(statuses.get('start')).toEqual({ completed: 1, active: 0, incidents: 0 });
    expect(statuses.has('p')).toBe(false);
  });

  it('paints incidents over active over completed', () => {
    expect(markerFor({ completed: 1, active: 1, incidents: 1 })).toBe('op-incident');
    expect(markerFor({ completed: 3, active: 1, incidents: 0 })).toBe('op-active');
    expect(markerFor({ completed: 3, active: 0, incidents: 0 })).toBe('op-completed');
    expect(markerFor({ completed: 0, active: 0, incidents: 0 })).toBeNull();
  });
});
