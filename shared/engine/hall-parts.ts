import type { EquipmentRecord, CoolingLoopRecord, PowerFeedRecord, ProjectDocument, ScenarioRecord, SiteRecord } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { HallCooling } from './cooling.ts';
import { sameElements, type HallLoad } from './layout.ts';

/** What one hall contributed to a bill: its cooling and power lines and checks, and its loads. */
export interface HallPart {
  epoch: number;
  version: number;
  cooling: BillBuilder;
  hallCooling: HallCooling;
  power: BillBuilder | null;
  facilityKw: number;
}

interface Context {
  scenario: ScenarioRecord;
  site: SiteRecord;
  equipment: readonly EquipmentRecord[];
  loops: readonly CoolingLoopRecord[];
  feeds: readonly PowerFeedRecord[];
}

/**
 * Remembers each hall's part of the bill. A part is reused while the hall's racks are unchanged (its version)
 * and nothing it reads outside the hall changed: the scenario, the site (prices, temperatures), or the placed
 * equipment, loops and feeds (the epoch).
 */
export class HallPartCache {
  private epoch = 0;
  private last: Context | null = null;
  private readonly parts = new WeakMap<HallLoad, HallPart>();

  begin(document: ProjectDocument, scenario: ScenarioRecord): void {
    const l = this.last;
    if (
      !l ||
      l.scenario !== scenario ||
      l.site !== document.site ||
      !sameElements(l.equipment, document.equipment) ||
      !sameElements(l.loops, document.coolingLoops) ||
      !sameElements(l.feeds, document.powerFeeds)
    ) {
      this.epoch += 1;
      this.last = { scenario, site: document.site, equipment: document.equipment, loops: document.coolingLoops, feeds: document.powerFeeds };
    }
  }

  get(hall: HallLoad): HallPart | undefined {
    const part = this.parts.get(hall);
    return part && part.epoch === this.epoch && part.version === hall.version ? part : undefined;
  }

  start(hall: HallLoad, cooling: BillBuilder, hallCooling: HallCooling): HallPart {
    const part: HallPart = { epoch: this.epoch, version: hall.version, cooling, hallCooling, power: null, facilityKw: 0 };
    this.parts.set(hall, part);
    return part;
  }
}
