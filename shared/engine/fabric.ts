import type { ComputeFabricSummary } from './bill-schema.ts';
import { fmt } from './format.ts';

/** A non-blocking fat tree of switches with `radix` ports, derived from the endpoints it must connect. */
export interface FatTree extends ComputeFabricSummary {
  /** The arithmetic in words and numbers. */
  derivation: string;
}

export const EMPTY_FABRIC: ComputeFabricSummary = { tiers: 0, leaf: 0, spine: 0, core: 0, cables: { nodeLeaf: 0, leafSpine: 0, spineCore: 0 } };

/** The smallest divisor of `n` that is at least `atLeast` (n itself when nothing smaller fits). */
export function smallestDivisorAtLeast(n: number, atLeast: number): number {
  for (let d = Math.max(1, atLeast); d < n; d += 1) if (n % d === 0) return d;
  return n;
}

/**
 * Two tiers as NVIDIA builds them: each leaf's uplinks are split evenly across the spines, so the spine count
 * must divide the uplinks of a leaf; the smallest such count with enough ports for every leaf–spine link.
 */
function twoTierSpines(leaf: number, up: number, radix: number): { spine: number; text: string } {
  const links = leaf * up;
  const need = Math.ceil(links / radix);
  const spine = smallestDivisorAtLeast(up, need);
  return {
    spine,
    text:
      `spines: ⌈${fmt(links)} / ${radix}⌉ = ${need}, and the count must divide each leaf's ${up} uplinks (split evenly): ` +
      `smallest divisor of ${up} ≥ ${need} = ${spine}, ${up / spine} link${up / spine === 1 ? '' : 's'} from each leaf to each spine`,
  };
}

/**
 * Three tiers: pods of `down` leaves, each leaf split evenly over its pod's spines (a divisor of `down` at least
 * the pod's leaves), every spine with `down` uplinks. Spines in the same position of each pod form a group whose
 * uplinks are split evenly over the group's cores: a divisor of `down` with ports for the group's links.
 */
function threeTier(leaf: number, down: number, radix: number): { spine: number; core: number; text: string } {
  const fullPods = Math.floor(leaf / down);
  const lastLeaves = leaf - fullPods * down;
  const lastSpines = lastLeaves > 0 ? smallestDivisorAtLeast(down, lastLeaves) : 0;
  const spine = fullPods * down + lastSpines;
  const coresFor = (spines: number): number => (spines === 0 ? 0 : smallestDivisorAtLeast(down, Math.ceil((spines * down) / radix)));
  const deep = coresFor(fullPods + 1);
  const shallow = coresFor(fullPods);
  const core = lastSpines * deep + (down - lastSpines) * shallow;
  const podText =
    lastLeaves > 0
      ? `${fullPods} full pods of ${down} leaves + ${lastLeaves}; spines ${fullPods} × ${down} + (smallest divisor of ${down} ≥ ${lastLeaves} = ${lastSpines}) = ${spine}`
      : `${fullPods} pods of ${down} leaves and ${down} spines; spines ${fullPods} × ${down} = ${spine}`;
  const coreText =
    lastSpines > 0 && lastSpines < down
      ? `${lastSpines} spine positions of ${fullPods + 1} spines × ${deep} + ${down - lastSpines} of ${fullPods} × ${shallow} = ${core}`
      : `${down} spine positions of ${lastSpines > 0 ? fullPods + 1 : fullPods} spines × ${lastSpines > 0 ? deep : shallow} = ${core}`;
  return {
    spine,
    core,
    text:
      `${podText}; spine–core links ${spine} × ${down} = ${fmt(spine * down)}; cores per spine position: smallest divisor of ${down} ` +
      `≥ ⌈spines at the position × ${down} / ${radix}⌉; cores = ${coreText}`,
  };
}

/** Why no fat tree of switches with `radix` ports connects `provisionedPorts`, or null when one does. */
export function fatTreeLimit(provisionedPorts: number, radix: number): string | null {
  if (!Number.isInteger(radix) || radix < 2 || radix % 2 !== 0) return `switch radix must be an even integer ≥ 2, got ${radix}`;
  const threeTierMax = (radix * radix * radix) / 4;
  if (provisionedPorts > threeTierMax) return `${provisionedPorts} compute ports exceed a three-tier fat tree of radix ${radix} (${threeTierMax})`;
  return null;
}

/**
 * Each leaf gives half its ports to nodes and half to the layer above, so the fabric is non-blocking.
 * Two tiers reach radix²/2 endpoints; beyond that a third tier of core switches joins pods of radix/2 leaves,
 * up to radix³/4 endpoints.
 *
 * `provisionedPorts` (whole scalable units) sets the switch count; `cabledPorts` the node cables.
 */
export function deriveFatTree(provisionedPorts: number, cabledPorts: number, radix: number): FatTree {
  const beyond = fatTreeLimit(provisionedPorts, radix);
  if (beyond !== null) throw new RangeError(beyond);
  if (provisionedPorts <= 0) return { ...EMPTY_FABRIC, cables: { ...EMPTY_FABRIC.cables }, derivation: 'no compute ports' };
  const down = radix / 2;
  const twoTierMax = (radix * radix) / 2;
  if (provisionedPorts <= radix) {
    return {
      tiers: 1, leaf: 1, spine: 0, core: 0, cables: { nodeLeaf: cabledPorts, leafSpine: 0, spineCore: 0 },
      derivation: `${fmt(provisionedPorts)} ports ≤ radix ${radix}: one switch`,
    };
  }
  const leaf = Math.ceil(provisionedPorts / down);
  const leafSpine = leaf * down;
  const leafText = `leaf = ⌈${fmt(provisionedPorts)} / ${down} down-ports⌉ = ${leaf}; leaf–spine links = ${leaf} × ${down} = ${fmt(leafSpine)}`;
  if (provisionedPorts <= twoTierMax) {
    const { spine, text } = twoTierSpines(leaf, down, radix);
    return {
      tiers: 2, leaf, spine, core: 0, cables: { nodeLeaf: cabledPorts, leafSpine, spineCore: 0 },
      derivation: `${fmt(provisionedPorts)} ports ≤ ${radix}²/2 = ${fmt(twoTierMax)}: two tiers. ${leafText}; ${text}`,
    };
  }
  const { spine, core, text } = threeTier(leaf, down, radix);
  return {
    tiers: 3, leaf, spine, core, cables: { nodeLeaf: cabledPorts, leafSpine, spineCore: spine * down },
    derivation: `${fmt(provisionedPorts)} ports > ${radix}²/2 = ${fmt(twoTierMax)}: three tiers. ${leafText}; ${text}`,
  };
}

export function addFabrics(a: ComputeFabricSummary, b: ComputeFabricSummary): ComputeFabricSummary {
  return {
    tiers: Math.max(a.tiers, b.tiers),
    leaf: a.leaf + b.leaf,
    spine: a.spine + b.spine,
    core: a.core + b.core,
    cables: {
      nodeLeaf: a.cables.nodeLeaf + b.cables.nodeLeaf,
      leafSpine: a.cables.leafSpine + b.cables.leafSpine,
      spineCore: a.cables.spineCore + b.cables.spineCore,
    },
  };
}
