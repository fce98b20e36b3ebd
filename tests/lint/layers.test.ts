/**
 * The lint rules that hold the layers: deliberate violations must fail. Each is linted as if it were a
 * file at that path in src, with the project's own ESLint config.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd, ignore: false });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layers', () => {
  it.each([
    [
      'a feature importing another feature back through src/features',
      'src/features/results/X.tsx',
      "import { Levers } from '../../features/levers/Levers';\nexport const x = Levers;\n",
    ],
    [
      'a feature importing a sibling feature',
      'src/features/results/X.tsx',
      "import { Levers } from '../levers/Levers';\nexport const x = Levers;\n",
    ],
    [
      'the model importing the data loader',
      'src/model/x.ts',
      "import { fetchDataset } from '../data/load';\nexport const x = fetchDataset;\n",
    ],
    [
      'the model importing the store',
      'src/model/x.ts',
      "import { useScenarioStore } from '../state/store';\nexport const x = useScenarioStore;\n",
    ],
    [
      'the model importing React',
      'src/model/x.ts',
      "import { useMemo } from 'react';\nexport const x = useMemo;\n",
    ],
    [
      'state importing a feature',
      'src/state/x.ts',
      "import { Levers } from '../features/levers/Levers';\nexport const x = Levers;\n",
    ],
    [
      'data importing state',
      'src/data/x.ts',
      "import { useScenarioStore } from '../state/store';\nexport const x = useScenarioStore;\n",
    ],
    [
      'a chart importing a feature',
      'src/charts/x.ts',
      "import { Levers } from '../features/levers/Levers';\nexport const x = Levers;\n",
    ],
  ])('rejects %s', async (_name, filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('no-restricted-imports');
  });

  it('accepts an import down the layers: a feature using the model and state', async () => {
    const code =
      "import { estimate } from '../../model/estimate';\nimport { useScenarioStore } from '../../state/store';\nexport const x = [estimate, useScenarioStore];\n";
    expect(await ruleIds('src/features/results/X.tsx', code)).toEqual([]);
  });

  it('rejects an import cycle', async () => {
    const [result] = await eslint.lintFiles(['tests/lint/fixtures/cycle/a.ts']);
    expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
