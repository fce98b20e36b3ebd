import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(path.join(import.meta.dirname, '../..', file), 'utf8');
const drawing = (svg: string) => ({
  fill: svg.match(/<rect[^>]*fill="([^"]+)"/)?.[1],
  path: svg.match(/<path[\s\S]*?d="([^"]+)"/)?.[1],
});

// The header draws the logo inline (an <img> of an SVG costs the page a separate SVG document): it must
// stay the favicon's drawing, which the manifest icons are made from too.
describe('the header logo', () => {
  it('is the favicon drawn inline', () => {
    const favicon = drawing(read('public/favicon.svg'));
    expect(favicon.fill).toBeDefined();
    expect(favicon.path).toBeDefined();
    expect(drawing(read('src/app/Layout.tsx'))).toEqual(favicon);
  });
});
