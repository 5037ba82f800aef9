import type { CoolingRedundancy, Redundancy } from '../model/index.ts';

/** Units to install for a group that needs `n` units to carry its load, at a redundancy level. */
export function unitsWithRedundancy(n: number, redundancy: Redundancy | CoolingRedundancy): number {
  if (n <= 0) return 0;
  switch (redundancy) {
    case 'N':
      return n;
    case 'N+1':
    case 'block':
      return n + 1;
    case '2N':
      return 2 * n;
    case '2(N+1)':
      return 2 * (n + 1);
  }
}

/** The arithmetic of `unitsWithRedundancy` in words, e.g. "2N: 2 × 3 = 6". */
export function redundancyText(n: number, redundancy: Redundancy | CoolingRedundancy): string {
  const total = unitsWithRedundancy(n, redundancy);
  switch (redundancy) {
    case 'N':
      return `N: ${n} units, no spare`;
    case 'N+1':
      return `N+1: ${n} + 1 spare = ${total}`;
    case 'block':
      return `block redundant: ${n} active + 1 reserve (catcher) block = ${total}`;
    case '2N':
      return `2N: 2 × ${n} (two independent systems) = ${total}`;
    case '2(N+1)':
      return `2(N+1): 2 × (${n} + 1 spare) (two independent systems, each N+1) = ${total}`;
  }
}

/** How many of `installed` units may be counted as carrying load (the rest are the redundancy). */
export function usableUnits(installed: number, redundancy: Redundancy | CoolingRedundancy): number {
  switch (redundancy) {
    case 'N':
      return installed;
    case 'N+1':
    case 'block':
      return Math.max(0, installed - 1);
    case '2N':
      return Math.floor(installed / 2);
    case '2(N+1)':
      return Math.max(0, Math.floor(installed / 2) - 1);
  }
}

/**
 * Engine generators follow the Uptime tier the power redundancy implies (REFERENCE §6), not the UPS topology:
 * N+1, 2N and block-redundant power are concurrently maintainable (Tier III: N+1 generators); only 2(N+1) is
 * fault tolerant (Tier IV: 2N generators); N stays N.
 */
export function generatorRedundancy(power: Redundancy): Redundancy {
  switch (power) {
    case 'N':
      return 'N';
    case 'N+1':
    case 'block':
    case '2N':
      return 'N+1';
    case '2(N+1)':
      return '2N';
  }
}

/** The basis of `generatorRedundancy` in words, for the generator line's derivation. */
export function generatorRedundancyBasis(power: Redundancy): string {
  const gens = generatorRedundancy(power);
  switch (gens) {
    case 'N':
      return 'power at N: generators at N (Uptime Tier I, basic)';
    case 'N+1':
      return `power at ${power} is concurrently maintainable (Uptime Tier III: N+1 engine generators), so generators at N+1`;
    default:
      return `power at ${power} is fault tolerant (Uptime Tier IV: two active paths), so generators at 2N`;
  }
}

const POWER_RANK: Record<Redundancy, number> = { N: 0, 'N+1': 1, block: 1, '2N': 2, '2(N+1)': 3 };
const COOLING_RANK: Record<CoolingRedundancy, number> = { N: 0, 'N+1': 1, '2N': 2 };

export function coolingBelow(actual: CoolingRedundancy, target: CoolingRedundancy): boolean {
  return COOLING_RANK[actual] < COOLING_RANK[target];
}

export function needsTwoFeeds(redundancy: Redundancy): boolean {
  return POWER_RANK[redundancy] >= 2;
}
