import { describe, expect, it } from 'vitest';
import type { TaskAttachment } from '../../api/work-types';
import { evidenceStatus, renderRequiredEvidence, requiredEvidence } from './required-evidence';

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:userTask id="investigate" name="调查取证">
      <bpmn:extensionElements><zeebe:taskHeaders><zeebe:header key="requiredOfficers" value="2" /><zeebe:header key="evidence" value="video|audio, photo" /></zeebe:taskHeaders></bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:userTask id="plain" name="审批" />
  </bpmn:process>
</bpmn:definitions>`;

const item = (kind: 'video' | 'audio' | 'photo' | 'on-site-record' | null): TaskAttachment => ({
  attachmentKey: '1', name: 'f', contentType: 'application/octet-stream', size: 1, sha256: 'x', uploadedBy: 'zhangwei', uploadedAt: '2026-12-07T00:00:00Z',
  evidence: kind ? { kind, capturedAt: '2026-12-07T08:00:00+08:00', place: '郑州', officer: 'zhangwei' } : null,
});

describe('required evidence', () => {
  it('reads the evidence header of the task as items of alternative kinds, and nothing for a task without one', () => {
    expect(requiredEvidence(xml, 'investigate')).toEqual([['video', 'audio'], ['photo']]);
    expect(requiredEvidence(xml, 'plain')).toEqual([]);
    expect(requiredEvidence('', 'investigate')).toEqual([]);
  });

  it('counts an item present when an evidence item has any of its kinds; plain files count for nothing', () => {
    const required = [['video', 'audio'], ['photo']];
    expect(evidenceStatus(required, [item(null)]).map((s) => s.present)).toEqual([false, false]);
    expect(evidenceStatus(required, [item('audio')]).map((s) => s.present)).toEqual([true, false]);
    expect(evidenceStatus(required, [item('audio'), item('photo')]).map((s) => s.present)).toEqual([true, true]);
  });

  it('lists each item in Chinese with whether it is uploaded', () => {
    const host = document.createElement('div');
    renderRequiredEvidence(host, [['video', 'audio'], ['photo']], [item('photo')]);
    const rows = Array.from(host.querySelectorAll('li')).map((li) => [li.getAttribute('data-present'), li.textContent]);
    expect(rows).toEqual([['false', '执法视频或执法录音：未上传'], ['true', '现场照片：已上传']]);
    renderRequiredEvidence(host, [], []);
    expect(host.childElementCount).toBe(0);
  });
});
