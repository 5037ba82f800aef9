import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/envelope.ts';
import { formatInterchange } from '../../shared/interchange/interchange-json.ts';
import { ProjectService } from '../../main/services/project-service.ts';
import { sampleDocument } from '../fixtures/store/sample-document.ts';
import { rng } from './random-edits.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const FLIPS = 300;

describe('a single flipped bit anywhere in a project file', () => {
  it(`is refused untouched or is harmless, never loaded as a different project (${FLIPS} random flips)`, () => {
    const original = tmp.file('original.powerhall');
    ProjectService.create(original, sampleDocument()).close();
    const expected = formatInterchange(sampleDocument());
    const bytes = readFileSync(original);
    const random = rng(4242);
    // Most of a small file is empty page space; aim half of the flips at bytes that hold something.
    const used = [...bytes.keys()].filter((i) => bytes[i] !== 0);
    const outcomes = { refused: 0, harmless: 0 };
    for (let i = 0; i < FLIPS; i += 1) {
      const offset = i % 2 === 0 ? used[Math.floor(random() * used.length)]! : Math.floor(random() * bytes.length);
      const bit = Math.floor(random() * 8);
      const flipped = Buffer.from(bytes);
      flipped[offset] = flipped[offset]! ^ (1 << bit);
      const path = tmp.file(`flip-${i}.powerhall`);
      writeFileSync(path, flipped);
      const hash = createHash('sha256').update(flipped).digest('hex');
      try {
        const project = ProjectService.open(path);
        const loaded = formatInterchange(project.load());
        project.close();
        if (loaded !== expected) throw new Error(`flip of bit ${bit} at byte ${offset} loaded a different project`);
        outcomes.harmless += 1;
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'refused-file') {
          throw new Error(`flip of bit ${bit} at byte ${offset}: ${error instanceof Error ? error.message : String(error)}`);
        }
        expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(hash);
        outcomes.refused += 1;
      }
      rmSync(path, { force: true });
    }
    console.log(`bit flips: ${outcomes.refused} refused, ${outcomes.harmless} harmless`);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});
