import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering of ARCHITECTURE.md §1 is enforced by eslint.config.js; these cases prove the rules bite.
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering lint rules', () => {
  it.each([
    ['shared/engine/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/engine/x.ts', "import Database from 'better-sqlite3';"],
    ['shared/model/x.ts', "import * as THREE from 'three';"],
    ['shared/model/x.ts', "import { ProjectService } from '../../main/services/project-service.ts';"],
    ['renderer/app/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/app/x.ts', "import { ProjectService } from '../../main/services/project-service.ts';"],
    ['renderer/editor/x.ts', "import * as THREE from 'three';"],
    ['renderer/editor/x.ts', "import { useState } from 'react';"],
    ['renderer/viewport/x.ts', "import { useState } from 'react';"],
    ['renderer/app/x.ts', "import { usableUnits } from '../../shared/engine/redundancy.ts';"],
    ['renderer/editor/x.ts', "import { rackLoad } from '../../shared/engine/rack-load.ts';"],
    ['renderer/viewport/x.ts', "import { sizeHallPower } from '../../shared/engine/power.ts';"],
    ['main/services/x.ts', "import { getApi } from '../../renderer/api/index.ts';"],
    ['main/preload/x.ts', "import { ProjectService } from '../services/project-service.ts';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toHaveLength(1);
  });

  it.each([
    ['shared/engine/x.ts', "import { z } from 'zod';"],
    ['renderer/viewport/x.ts', "import * as THREE from 'three';"],
    ['renderer/app/x.ts', "import { useState } from 'react';"],
    ['renderer/app/x.ts', "import { analyze } from '../../shared/analysis/index.ts';"],
    ['main/services/x.ts', "import { readFileSync } from 'node:fs';"],
    ['main/preload/x.ts', "import { channelName } from '../../shared/contract/define.ts';"],
  ])('%s may: %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
