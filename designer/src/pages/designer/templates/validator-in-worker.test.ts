import * as real from '@bpmn-io/element-templates-validator';
import { describe, expect, it } from 'vitest';
import * as stand from './validator-in-worker';

describe('validator-in-worker', () => {
  it('answers the schema versions and packages of the real validator', () => {
    expect(stand.getSchemaVersion()).toBe(real.getSchemaVersion());
    expect(stand.getSchemaPackage()).toBe(real.getSchemaPackage());
    expect(stand.getZeebeSchemaVersion()).toBe(real.getZeebeSchemaVersion());
    expect(stand.getZeebeSchemaPackage()).toBe(real.getZeebeSchemaPackage());
  });

  it('refuses to validate on the page', () => {
    expect(() => stand.validateZeebe()).toThrow(/worker/);
  });
});
