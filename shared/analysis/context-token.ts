import { sameElements } from '../engine/loads.ts';

/**
 * A token that stays the same object while the inputs every hall reads from outside itself (the scenario, the
 * site, the placed equipment, loops and feeds) are the same records, and is replaced when any of them changes:
 * a dependency of the per-hall memo.
 */
export class ContextToken {
  private last: readonly (readonly unknown[])[] | null = null;
  private token: object = {};

  of(inputs: readonly (readonly unknown[])[]): object {
    const last = this.last;
    if (!last || last.length !== inputs.length || inputs.some((list, i) => !sameElements(list, last[i]!))) {
      this.token = {};
      this.last = inputs;
    }
    return this.token;
  }
}
