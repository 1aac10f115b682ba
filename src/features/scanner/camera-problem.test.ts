import { describe, expect, it } from 'vitest';
import { cameraProblemFrom } from './camera-problem';

function failure(name: string): Error {
  const error = new Error('camera');
  error.name = name;
  return error;
}

describe('cameraProblemFrom', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['NotReadableError', 'in-use'],
    ['TypeError', 'unknown'],
  ])('classifies %s as %s', (name, problem) => {
    expect(cameraProblemFrom(failure(name))).toBe(problem);
  });

  it('treats anything that is not an error as unknown', () => {
    expect(cameraProblemFrom('nope')).toBe('unknown');
  });
});
