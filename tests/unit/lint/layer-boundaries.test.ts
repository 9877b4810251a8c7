import { ESLint } from 'eslint';
import { beforeAll, describe, expect, test } from 'vitest';

// Lints made-up files with the project's own eslint.config.js: the layer rule must refuse what
// the architecture forbids and accept what it allows. The files exist only here, so they are
// parsed without the TypeScript project (which knows only files on disk).
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: process.cwd(),
    overrideConfig: { files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: false } } },
  });
});

async function layerProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result?.messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'arus-pangan/layer-boundaries')
    .map((message) => message.message);
}

describe('the layer rule in eslint.config.js', () => {
  test('refuses a feature importing another feature', async () => {
    const problems = await layerProblems(
      'src/features/compare/uses-regions.ts',
      "import { RegionLink } from '../regions/region-link';\nexport const link = RegionLink;\n",
    );
    expect(problems).toEqual([
      "'src/features/compare/uses-regions.ts' imports 'src/features/regions/region-link': a feature does not import another feature; move what both need down a layer.",
    ]);
  });

  test('lets a feature import its own files and the layers below it', async () => {
    const problems = await layerProblems(
      'src/features/compare/uses-own.ts',
      [
        "import { ChartFrame } from '../../charts/chart-frame';",
        "import { regionsQuery } from '../../api/queries';",
        "import { useOverviewFilters } from '../../filters/use-overview-filters';",
        "import { ComparePage } from './compare-page';",
        'export const used = [ChartFrame, regionsQuery, useOverviewFilters, ComparePage];',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
  });

  test('refuses a lower layer importing a higher one, type-only imports included', async () => {
    expect(
      await layerProblems(
        'src/charts/uses-store.ts',
        "import type { Slide } from '../state/deck-store';\nexport type Saved = Slide;\n",
      ),
    ).toEqual([
      "'src/charts/uses-store.ts' (charts) imports 'src/state/deck-store' (state): charts may import only domain, contract, reference, i18n, theme, api.",
    ]);
    expect(
      await layerProblems(
        'src/domain/uses-contract.ts',
        "import type { Source } from '../contract/schemas';\nexport type S = Source;\n",
      ),
    ).toEqual([
      "'src/domain/uses-contract.ts' (domain) imports 'src/contract/schemas' (contract): domain may import only nothing outside itself.",
    ]);
  });

  test('lets the server share the domain, contract, reference, import and local API, not the UI', async () => {
    const allowed = [
      "import { isIsoDate } from '../../src/domain/calendar-date';",
      "import { flowsResponseSchema } from '../../src/contract/schemas';",
      "import { importFlowFile } from '../../src/import/import-flow-file';",
      'export const used = [isIsoDate, flowsResponseSchema, importFlowFile];',
    ].join('\n');
    expect(await layerProblems('server/src/ingest.ts', allowed)).toEqual([]);
    expect(
      await layerProblems(
        'server/src/uses-charts.ts',
        "import { ChartFrame } from '../../src/charts/chart-frame';\nexport const frame = ChartFrame;\n",
      ),
    ).toEqual([
      "'server/src/uses-charts.ts' (server) imports 'src/charts/chart-frame' (charts): server may import only domain, contract, reference, import, local-api, mocks, scripts.",
    ]);
  });

  test('refuses an import from a folder that has no place in the layers', async () => {
    expect(
      await layerProblems('src/app/uses-unknown.ts', "import { x } from '../misc/x';\nexport const y = x;\n"),
    ).toEqual([
      "'src/app/uses-unknown.ts' imports 'src/misc/x', which belongs to no layer; give its folder a place in the layers (eslint.config.js).",
    ]);
  });
});
