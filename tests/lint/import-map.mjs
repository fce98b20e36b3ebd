// `npm run imports`: which layer of src imports which, counted by import statement, and any import that
// points up the layer order (model <- data <- state <- lib, charts, components <- features <- app) or
// from one feature into another. Reads files only; prints the map and exits 1 if a layer bends.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const LAYERS = ['model', 'data', 'state', 'lib', 'charts', 'components', 'features', 'app'];
/** What each layer may import from, besides itself. */
const ALLOWED = {
  model: [],
  data: ['model'],
  state: ['model', 'data'],
  lib: ['model'],
  charts: ['model', 'lib'],
  components: ['model', 'data', 'state', 'lib'],
  features: ['model', 'data', 'state', 'lib', 'charts', 'components'],
  app: ['model', 'data', 'state', 'lib', 'charts', 'components', 'features'],
};

const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
const layerOf = (file) => path.relative(src, file).split(path.sep)[0];
const featureOf = (file) => {
  const parts = path.relative(src, file).split(path.sep);
  return parts[0] === 'features' ? parts[1] : null;
};

const counts = new Map();
const bends = [];
for (const file of files(src)) {
  const from = layerOf(file);
  if (!LAYERS.includes(from)) continue;
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  for (const spec of specs.map((m) => m[1] ?? m[2])) {
    if (!spec.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), spec);
    const to = layerOf(target);
    if (!LAYERS.includes(to) || to === from) {
      const a = featureOf(file);
      const b = featureOf(target);
      if (a !== null && b !== null && a !== b)
        bends.push(`${path.relative(src, file)} -> ${spec} (feature into feature)`);
      continue;
    }
    const key = `${from} -> ${to}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!ALLOWED[from].includes(to)) bends.push(`${path.relative(src, file)} -> ${spec} (${key})`);
  }
}

console.log('Imports between layers of src (import statements):');
for (const from of LAYERS) {
  const row = LAYERS.filter((to) => counts.has(`${from} -> ${to}`)).map(
    (to) => `${to} ${counts.get(`${from} -> ${to}`)}`,
  );
  console.log(`  ${from.padEnd(11)} imports ${row.length ? row.join(', ') : 'nothing from other layers'}`);
}
console.log(
  bends.length === 0 ? 'No import points up the layers.' : `${bends.length} imports point up the layers:`,
);
for (const b of bends) console.log(`  ${b}`);
process.exit(bends.length === 0 ? 0 : 1);
