import type { HallConstructionRecord } from '../model/index.ts';
import type { BillBuilder } from './bill-builder.ts';
import type { BillLine } from './bill-schema.ts';
import { fmt } from './format.ts';
import type { HallLoad } from './loads.ts';

/** The occupancy group a data hall is permitted as (IBC chapter 3: data centers are group B). */
const DATA_HALL_OCCUPANCY = 'B';

/**
 * The works that turn a standing mining building into a data hall, billed instead of a new shell: hung services
 * (roof and structure for overhead busway, pipe and trays, or a floor-standing grid where the roof cannot carry
 * them), slab strengthening under racks heavier than the slab is rated for, the envelope brought to a sealed,
 * insulated enclosure, and the change of fire-code occupancy with the fire rating it needs, over the building's own
 * floor (plant rooms beyond it are new shell). Without a construction record nothing about the roof, envelope or
 * occupancy is counted on: each is billed as needed.
 */
export function conversionLines(bill: BillBuilder, hall: HallLoad, built: HallConstructionRecord | undefined): BillLine[] {
  const f = bill.index;
  const h = hall.hall;
  const group = h.id;
  const floorM2 = h.widthM * h.depthM;
  const noRecord = `${h.name}: no construction record, so`;
  const lines: BillLine[] = [];

  const needKg = f.factor('overhead-services-kg-per-m2');
  const roofCarries = built !== undefined && built.roofLoadKgPerM2 >= needKg;
  const roofText = built === undefined ? `${noRecord} the roof is not counted on to carry` : `${h.name}: roof rated ${fmt(built.roofLoadKgPerM2)} kg/m² for hung loads ${roofCarries ? '≥' : '<'}`;
  lines.push(
    roofCarries
      ? bill.rateLine({
          category: 'building', key: 'conversion-overhead', item: 'Conversion: overhead supports hung from the existing roof structure (busway, pipe and trays)', group,
          quantity: round1(floorM2), unit: 'm²', unitCostUsd: f.factor('overhead-attachment-usd-per-m2'),
          derivation: `${roofText} the ${fmt(needKg)} kg/m² the overhead busway, water-filled pipe and trays need: supports hung from it over the hall floor ${fmt(floorM2, 1)} m²`,
          factors: ['overhead-services-kg-per-m2', 'overhead-attachment-usd-per-m2'],
        })
      : bill.rateLine({
          category: 'building', key: 'conversion-overhead', item: 'Conversion: floor-standing steel grid for overhead busway, pipe and trays', group,
          quantity: round1(floorM2), unit: 'm²', unitCostUsd: f.factor('overhead-grid-usd-per-m2'),
          derivation: `${roofText} the ${fmt(needKg)} kg/m² the overhead busway, water-filled pipe and trays need: an independent steel grid over the hall floor ${fmt(floorM2, 1)} m²`,
          factors: ['overhead-services-kg-per-m2', 'overhead-grid-usd-per-m2'],
        }),
  );

  const slab = slabOverload(bill, hall);
  if (slab.racks > 0) {
    lines.push(bill.rateLine({
      category: 'building', key: 'conversion-slab', item: 'Conversion: slab strengthening under racks heavier than the slab rating (load-spreading steel frames)', group,
      quantity: round2(slab.areaM2), unit: 'm²', unitCostUsd: f.factor('slab-strengthening-usd-per-m2'),
      derivation: `${h.name}: slab rated ${fmt(h.floorLoadKgPerM2)} kg/m²; ${slab.text}; ${slab.racks} racks × their footprint = ${fmt(slab.areaM2, 2)} m² strengthened`,
      factors: ['slab-strengthening-usd-per-m2'],
    }));
  }

  if (built === undefined || built.envelope !== 'insulated') {
    const envelopeM2 = floorM2 + 2 * (h.widthM + h.depthM) * h.ceilingHeightM;
    lines.push(bill.rateLine({
      category: 'building', key: 'conversion-envelope', item: 'Conversion: envelope brought to a sealed, insulated enclosure (insulated panels, vapour barrier, sealed openings)', group,
      quantity: round1(envelopeM2), unit: 'm²', unitCostUsd: f.factor('envelope-upgrade-usd-per-m2'),
      derivation: `${built === undefined ? `${noRecord} the envelope is taken as not sealed` : `${h.name}: envelope ${built.envelope}`}; roof ${fmt(floorM2, 1)} m² + walls 2 × (${fmt(h.widthM)} + ${fmt(h.depthM)}) m × ${fmt(h.ceilingHeightM)} m clear = ${fmt(envelopeM2, 1)} m²`,
      factors: ['envelope-upgrade-usd-per-m2'],
    }));
  }

  if (built === undefined || built.occupancy !== DATA_HALL_OCCUPANCY) {
    lines.push(bill.rateLine({
      category: 'building', key: 'conversion-occupancy', item: `Conversion: change of fire-code occupancy to group ${DATA_HALL_OCCUPANCY} (code review, egress, separations, permit)`, group,
      quantity: round1(floorM2), unit: 'm²', unitCostUsd: f.factor('occupancy-change-usd-per-m2'),
      derivation: `${built === undefined ? `${noRecord} its permitted occupancy is not known` : `${h.name}: permitted as group ${built.occupancy}`}; a data hall is group ${DATA_HALL_OCCUPANCY}: over the building's floor ${fmt(floorM2, 1)} m²`,
      factors: ['occupancy-change-usd-per-m2'],
    }));
  }

  const needHours = f.factor('data-hall-fire-rating-hours');
  if (built === undefined || built.fireRatingHours < needHours) {
    lines.push(bill.rateLine({
      category: 'building', key: 'conversion-fire-rating', item: `Conversion: structure and walls brought to a ${fmt(needHours)}-hour fire rating (board and intumescent protection)`, group,
      quantity: round1(floorM2), unit: 'm²', unitCostUsd: f.factor('fire-rating-upgrade-usd-per-m2'),
      derivation: `${built === undefined ? `${noRecord} its fire rating is not known` : `${h.name}: rated ${fmt(built.fireRatingHours)} h`} < ${fmt(needHours)} h: over the building's floor ${fmt(floorM2, 1)} m²`,
      factors: ['data-hall-fire-rating-hours', 'fire-rating-upgrade-usd-per-m2'],
    }));
  }
  return lines;
}

/** The racks whose weight over their own footprint exceeds the hall's slab rating (the rack checks' rule), and that footprint. */
function slabOverload(bill: BillBuilder, hall: HallLoad): { racks: number; areaM2: number; text: string } {
  const rated = hall.hall.floorLoadKgPerM2;
  const byProfile = new Map<string, number>();
  for (const row of hall.rows) for (const [{ profile }, n] of row.feedRacks) byProfile.set(profile.id, (byProfile.get(profile.id) ?? 0) + n);
  let racks = 0;
  let areaM2 = 0;
  const over: string[] = [];
  for (const [profileId, n] of byProfile) {
    const p = bill.index.findProfile(profileId);
    if (!p) continue;
    const footprint = p.widthM * p.depthM;
    const load = p.weightKg / footprint;
    if (load <= rated) continue;
    racks += n;
    areaM2 += n * footprint;
    over.push(`${n} × ${p.name} at ${fmt(p.weightKg)} kg on ${fmt(p.widthM, 3)} × ${fmt(p.depthM, 3)} m = ${fmt(load, 0)} kg/m²`);
  }
  return { racks, areaM2, text: over.join('; ') };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
