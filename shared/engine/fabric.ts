import type { ComputeFabricSummary } from './bill-schema.ts';

/** A non-blocking fat tree of switches with `radix` ports, derived from the endpoints it must connect. */
export interface FatTree extends ComputeFabricSummary {
  /** The arithmetic in words and numbers. */
  derivation: string;
}

export const EMPTY_FABRIC: ComputeFabricSummary = { tiers: 0, leaf: 0, spine: 0, core: 0, cables: { nodeLeaf: 0, leafSpine: 0, spineCore: 0 } };

/**
 * Each leaf gives half its ports to nodes and half to the layer above, so the fabric is non-blocking.
 * Two tiers reach radix²/2 endpoints (each of `radix` spine ports to a different leaf); beyond that a
 * third tier of core switches joins pods of radix/2 leaves and radix/2 spines, up to radix³/4 endpoints.
 *
 * `provisionedPorts` (whole scalable units) sets the switch count; `cabledPorts` the node cables.
 */
export function deriveFatTree(provisionedPorts: number, cabledPorts: number, radix: number): FatTree {
  if (!Number.isInteger(radix) || radix < 2 || radix % 2 !== 0) throw new RangeError(`switch radix must be an even integer ≥ 2, got ${radix}`);
  if (provisionedPorts <= 0) return { ...EMPTY_FABRIC, cables: { ...EMPTY_FABRIC.cables }, derivation: 'no compute ports' };
  const down = radix / 2;
  const twoTierMax = (radix * radix) / 2;
  const threeTierMax = (radix * radix * radix) / 4;
  if (provisionedPorts <= radix) {
    return {
      tiers: 1, leaf: 1, spine: 0, core: 0, cables: { nodeLeaf: cabledPorts, leafSpine: 0, spineCore: 0 },
      derivation: `${provisionedPorts} ports ≤ radix ${radix}: one switch`,
    };
  }
  const leaf = Math.ceil(provisionedPorts / down);
  const leafSpine = leaf * down;
  if (provisionedPorts <= twoTierMax) {
    const spine = Math.ceil(leafSpine / radix);
    return {
      tiers: 2, leaf, spine, core: 0, cables: { nodeLeaf: cabledPorts, leafSpine, spineCore: 0 },
      derivation:
        `${provisionedPorts} ports ≤ ${radix}²/2 = ${twoTierMax}: two tiers. Leaf = ⌈${provisionedPorts} / ${down} down-ports⌉ = ${leaf}; ` +
        `leaf–spine links = ${leaf} × ${down} = ${leafSpine}; spine = ⌈${leafSpine} / ${radix}⌉ = ${spine}`,
    };
  }
  if (provisionedPorts > threeTierMax) {
    throw new RangeError(`${provisionedPorts} compute ports exceed a three-tier fat tree of radix ${radix} (${threeTierMax})`);
  }
  // In three tiers every spine (aggregation) switch also splits half down, half up: as many spines as leaves.
  const spine = leaf;
  const spineCore = spine * down;
  const core = Math.ceil(spineCore / radix);
  return {
    tiers: 3, leaf, spine, core, cables: { nodeLeaf: cabledPorts, leafSpine, spineCore },
    derivation:
      `${provisionedPorts} ports > ${radix}²/2 = ${twoTierMax}: three tiers. Leaf = ⌈${provisionedPorts} / ${down}⌉ = ${leaf}; ` +
      `spine = leaf = ${spine} (half down, half up); leaf–spine links = ${leafSpine}; spine–core links = ${spine} × ${down} = ${spineCore}; ` +
      `core = ⌈${spineCore} / ${radix}⌉ = ${core}`,
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
