import { describe, expect, it } from 'vitest';
import { processNameOf } from './process-versions';

const model = (processes: string) =>
  `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">${processes}</bpmn:definitions>`;

describe('processNameOf', () => {
  it('is the name of the executable process, not of a library process before it', () => {
    expect(processNameOf(model('<bpmn:process id="lib" name="库" /><bpmn:process id="main" name="简易程序处罚" isExecutable="true" />')))
      .toBe('简易程序处罚');
  });

  it('is null when the process has no name (the title then shows its id)', () => {
    expect(processNameOf(model('<bpmn:process id="main" isExecutable="true" />'))).toBeNull();
    expect(processNameOf(model('<bpmn:process id="main" name="  " isExecutable="true" />'))).toBeNull();
  });
});
