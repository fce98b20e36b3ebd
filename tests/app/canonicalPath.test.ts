import { describe, expect, it } from 'vitest';
import { canonicalPath } from '../../src/app/canonicalPath';

describe('canonicalPath', () => {
  it.each([
    ['//', '/'],
    ['///', '/'],
    ['//methodology', '/methodology'],
    ['/methodology//', '/methodology/'],
    ['/', '/'],
    ['/methodology', '/methodology'],
  ])('%s becomes %s', (input, output) => {
    expect(canonicalPath(input)).toBe(output);
  });
});
