import type { FactorId } from '../catalog/integrity.ts';
import type { BillCategory, BillLine, BillScope, CapacityUnit, Check, CheckSeverity, GroupFigure } from './bill-schema.ts';
import type { CheckCode } from './check-codes.ts';
import type { CatalogIndex } from '../catalog/catalog-index.ts';
import { flatText, fmt, roundUsd, usdText } from './format.ts';
import { baseLineId, creditInstalled, type InstalledLines } from './installed-lines.ts';

export interface CatalogLineInput {
  category: BillCategory;
  catalogId: string;
  group: string;
  quantity: number;
  capacity: { value: number; unit: CapacityUnit } | null;
  redundancy: string | null;
  derivation: string;
  /** Factors the quantity rule used; their sources join the line's. */
  factors?: readonly FactorId[];
  /** Extra source ids behind the quantity (e.g. a rack profile's figures). */
  extraSources?: readonly string[];
  /** Who pays; default from the category and the item's kind (`scopeOf`). */
  scope?: BillScope;
}

export interface LotLineInput {
  category: BillCategory;
  key: string;
  item: string;
  group: string;
  totalUsd: number;
  derivation: string;
  factors: readonly FactorId[];
  /** Who pays; default from the category (`scopeOf`). */
  scope?: BillScope;
}

/** A line priced at a sourced rate from the factors (e.g. $/m² of building, $/MW of IT). */
export interface RateLineInput {
  category: BillCategory;
  key: string;
  item: string;
  group: string;
  quantity: number;
  unit: string;
  unitCostUsd: number;
  /** The quantity rule; the cost arithmetic is appended. */
  derivation: string;
  factors: readonly FactorId[];
  scope?: BillScope;
}

export interface CheckInput {
  severity: CheckSeverity;
  code: CheckCode;
  message: string;
  subject: { type: string; id: string } | null;
}

export const OVERRIDE_SOURCE = 'site.priceOverrides';

/** A line's source text and the assumed figures behind it, for one item (or factor list), override and sources. */
interface LineSource {
  readonly overridden: boolean;
  readonly factors: readonly string[];
  readonly extra: readonly string[];
  readonly text: string;
  readonly assumed: readonly string[];
}

/** Source texts of catalog lines by item id, and of factor-priced lines by their first factor. */
interface LineSources {
  readonly items: Map<string, LineSource[]>;
  readonly factors: Map<string, LineSource[]>;
}

const sourcesByCatalog = new WeakMap<CatalogIndex, LineSources>();

/** The source texts of a catalog's lines: they depend on the catalog alone, so every bill over it shares them. */
function lineSourcesOf(index: CatalogIndex): LineSources {
  let sources = sourcesByCatalog.get(index);
  if (!sources) sourcesByCatalog.set(index, (sources = { items: new Map(), factors: new Map() }));
  return sources;
}

const NONE: readonly string[] = [];
/** How an assumed factor is noted in `BillBuilder.assumed` (items are noted by their id). */
const FACTOR_PREFIX = 'factor ';
const byWords = (a: string, b: string) => a.localeCompare(b, 'en');
const NO_FACTORS: readonly FactorId[] = [];

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** The entry of `variants` made for this override and these sources, if any (looked up on every line). */
function variantOf(variants: readonly LineSource[] | undefined, overridden: boolean, factors: readonly string[], extra: readonly string[]): LineSource | undefined {
  if (!variants) return undefined;
  for (const v of variants) if (v.overridden === overridden && sameList(v.factors, factors) && sameList(v.extra, extra)) return v;
  return undefined;
}

function remember(map: Map<string, LineSource[]>, key: string, source: LineSource): LineSource {
  const list = map.get(key);
  if (list) list.push(source);
  else map.set(key, [source]);
  return source;
}

/**
 * `base`, or the first of `base#2`, `base#3` … not yet in `taken`, added to it. `next` remembers where each base's
 * search ended, so many checks of one kind (one per hall, say) do not try every earlier suffix again.
 */
function uniqueIn(taken: Set<string>, next: Map<string, number>, base: string): string {
  // The suffix last given for this base, once it has been given one: every suffix up to it is taken.
  const last = next.get(base);
  let i = last === undefined ? 1 : last + 1;
  let id = i === 1 ? base : flatText(`${base}#${i}`);
  while (taken.has(id)) {
    i += 1;
    id = flatText(`${base}#${i}`);
  }
  if (i > 1) next.set(base, i);
  taken.add(id);
  return id;
}

/** A unit price as the arithmetic uses it: whole dollars, or cents for rates below $100 (e.g. $2.50 per litre). */
function rateText(usd: number): string {
  return usd < 100 && !Number.isInteger(usd) ? `$${fmt(usd, 2)}` : usdText(usd);
}

/**
 * Default scope of a line: network is the tenant's (like the GPUs); hardware shipped inside the rack (in-rack
 * liquid cooling) is the OEM's; power, cooling and building are the landlord's facility.
 */
export function scopeOf(category: BillCategory, kind: string | null): BillScope {
  if (category === 'network') return 'tenant';
  if (kind === 'in-rack-cooling') return 'oem';
  return 'landlord';
}

/** Collects the lines and checks of one bill, pricing catalog items with the project's overrides. */
export class BillBuilder {
  readonly lines: BillLine[] = [];
  readonly checks: Check[] = [];
  /** Load against usable capacity of each physical group sized (loop, lineup, feed, transformer group, hall). */
  readonly groups: GroupFigure[] = [];
  private readonly lineIds = new Set<string>();
  private readonly checkIds = new Set<string>();
  /** Catalog items and factors whose figures are assumed defaults, for the assumed-input check (with `assumedFrom`'s). */
  readonly assumed = new Set<string>();
  readonly unknownLeadTimes = new Set<string>();
  /** Items whose smallest catalog unit is far larger than the load it serves (text per item and group). */
  readonly oversized = new Set<string>();
  private readonly lineSources: LineSources;
  /** Source entries of lines with assumed figures (most lines share a few): their figures join `assumed` in the check. */
  private readonly assumedFrom = new Set<LineSource>();
  /**
   * What people call a line's group (the layout's names), set on the bill's root once the layout is gathered and
   * handed to its parts; until then a line is named by its group id. The bill's assembly names every line again.
   */
  nameGroup: ((group: string) => string) | null = null;

  constructor(
    readonly index: CatalogIndex,
    readonly overrides: Readonly<Record<string, number>>,
    /** What the baseline already has built, by the target line id it would have: counted before buying. */
    readonly installed: InstalledLines = new Map(),
  ) {
    this.lineSources = lineSourcesOf(index);
  }

  /** A builder for one part of the bill (a hall), merged later; parts can be cached and merged again. */
  child(): BillBuilder {
    const part = new BillBuilder(this.index, this.overrides, this.installed);
    part.nameGroup = this.nameGroup;
    return part;
  }

  private groupName(group: string): string {
    return this.nameGroup === null ? group : this.nameGroup(group);
  }

  private noteAssumed(source: LineSource): void {
    if (source.assumed.length > 0) this.assumedFrom.add(source);
  }

  merge(part: BillBuilder): void {
    for (const line of part.lines) {
      const id = this.uniqueId(line.id);
      this.lines.push(id === line.id ? line : { ...line, id });
    }
    for (const { severity, code, message, subject } of part.checks) this.check({ severity, code, message, subject });
    for (const g of part.groups) this.groups.push(g);
    for (const a of part.assumed) this.assumed.add(a);
    for (const source of part.assumedFrom) this.assumedFrom.add(source);
    for (const u of part.unknownLeadTimes) this.unknownLeadTimes.add(u);
    for (const o of part.oversized) this.oversized.add(o);
  }

  /**
   * Notes a unit chosen for a load below the catalog's granularity: one unit carries the load and even the
   * smallest unit of its kind is loaded below `granularity-utilisation`.
   */
  noteGranularity(kind: string, what: string, load: number, unit: string, smallest: number): void {
    const threshold = this.index.factor('granularity-utilisation');
    if (smallest > 0 && load < threshold * smallest) {
      this.oversized.add(`${what}: ${fmt(load)} ${unit} on the smallest ${kind} of ${fmt(smallest)} ${unit} (${fmt((100 * load) / smallest, 1)}%)`);
    }
  }

  priceOf(catalogId: string): number {
    return this.overrides[catalogId] ?? this.index.requireItem(catalogId).unitCostUsd;
  }

  /**
   * Adds a sized line. Units already built in its group (the baseline's same line) are kept first at no cost; only
   * the rest is bought, so every later step (installation, site costs, the schedule) sees what is new.
   */
  private push(line: BillLine): BillLine {
    if (this.installed.size === 0) {
      // New construction: nothing to credit.
      this.lines.push(line);
      return line;
    }
    // Lines of one item in one group (`id`, `id#2` …) draw on what is built there in turn, each from what is left.
    const key = baseLineId(line.id);
    const built = this.installed.get(key);
    const used = this.creditedBuilt.get(key) ?? 0;
    const { kept, toBuy } = creditInstalled(line, built && used > 0 ? { ...built, quantity: built.quantity - used } : built);
    if (kept) this.creditedBuilt.set(key, used + kept.quantity);
    if (!kept) {
      this.lines.push(line);
      return line;
    }
    this.lines.push(kept);
    if (toBuy <= 0) return kept;
    const total = roundUsd(toBuy * line.unitCostUsd);
    const bought: BillLine = {
      ...line,
      quantity: toBuy,
      totalUsd: total,
      derivation: `${line.derivation}; less the ${fmt(kept.quantity, 3)} ${line.unit} already built in ${built!.scenarioName} (credited on the line before): ${fmt(toBuy, 3)} ${line.unit} × ${rateText(line.unitCostUsd)} = ${usdText(total)}`,
    };
    this.lines.push(bought);
    return bought;
  }

  /** Built units of the baseline (by `installed` key) already kept on this builder's lines. */
  private readonly creditedBuilt = new Map<string, number>();

  private uniqueId(base: string): string {
    return uniqueIn(this.lineIds, this.lineSuffixes, flatText(base));
  }

  /** The last `#n` given to each line or check id base (ids are only ever added). */
  private readonly lineSuffixes = new Map<string, number>();
  private readonly checkSuffixes = new Map<string, number>();

  /** The source text of a line priced from factors (a lot or a rate), noting the factors that are assumed. */
  private factorSourceText(factors: readonly FactorId[]): string {
    const key = factors[0] ?? '';
    let sources = variantOf(this.lineSources.factors.get(key), false, factors, NONE);
    if (sources === undefined) {
      const ids: string[] = [];
      const assumed: string[] = [];
      for (const f of factors) {
        const source = this.index.factorSource(f);
        ids.push(source);
        if (this.index.isAssumed(source)) assumed.push(`${FACTOR_PREFIX}${f}`);
      }
      sources = remember(this.lineSources.factors, key, { overridden: false, factors: factors.slice(), extra: NONE, text: this.index.describeSources(ids), assumed });
    }
    this.noteAssumed(sources);
    return sources.text;
  }

  catalogLine(input: CatalogLineInput): BillLine {
    const item = this.index.requireItem(input.catalogId);
    const overridden = this.overrides[item.id] !== undefined;
    const unitCost = this.priceOf(item.id);
    const factors = input.factors ?? NO_FACTORS;
    const extra = input.extraSources ?? NONE;
    let sources = variantOf(this.lineSources.items.get(item.id), overridden, factors, extra);
    if (sources === undefined) {
      const sourceIds = new Set<string>();
      const assumed: string[] = [];
      for (const [field, sourceId] of this.index.itemFigureSources(item)) {
        if (field === 'unitCostUsd' && overridden) continue;
        sourceIds.add(sourceId);
        if (this.index.isAssumed(sourceId) && !assumed.includes(item.id)) assumed.push(item.id);
      }
      for (const f of factors) {
        const source = this.index.factorSource(f);
        sourceIds.add(source);
        if (this.index.isAssumed(source)) assumed.push(`${FACTOR_PREFIX}${f}`);
      }
      for (const x of extra) sourceIds.add(x);
      const text = [this.index.describeSources(sourceIds), overridden ? `${OVERRIDE_SOURCE}: project price book` : ''].filter((x) => x !== '').join('; ');
      sources = remember(this.lineSources.items, item.id, { overridden, factors: factors.slice(), extra: extra.slice(), text, assumed });
    }
    this.noteAssumed(sources);
    const sourceText = sources.text;
    if (item.leadTimeWeeks === null) this.unknownLeadTimes.add(item.id);
    const unit = item.priceUnit === 'unit' ? 'ea' : item.priceUnit;
    const total = roundUsd(input.quantity * unitCost);
    const priceText = overridden ? `${rateText(unitCost)} (project price override)` : rateText(unitCost);
    const line: BillLine = {
      id: this.uniqueId(`${input.category}/${item.id}/${input.group}`),
      category: input.category,
      item: item.name,
      catalogId: item.id,
      group: input.group,
      groupName: this.groupName(input.group),
      quantity: input.quantity,
      unit,
      capacity: input.capacity,
      redundancy: input.redundancy,
      unitCostUsd: unitCost,
      totalUsd: total,
      leadTimeWeeks: item.leadTimeWeeks,
      derivation: `${input.derivation}. Cost: ${fmt(input.quantity, 3)} ${unit} × ${priceText} = ${usdText(total)}`,
      source: sourceText,
      scope: input.scope ?? scopeOf(input.category, item.kind),
    };
    return this.push(line);
  }

  lotLine(input: LotLineInput): BillLine {
    const total = roundUsd(input.totalUsd);
    const line: BillLine = {
      id: this.uniqueId(`${input.category}/${input.key}/${input.group}`),
      category: input.category,
      item: input.item,
      catalogId: null,
      group: input.group,
      groupName: this.groupName(input.group),
      quantity: 1,
      unit: 'lot',
      capacity: null,
      redundancy: null,
      unitCostUsd: total,
      totalUsd: total,
      leadTimeWeeks: null,
      derivation: input.derivation,
      source: this.factorSourceText(input.factors),
      scope: input.scope ?? scopeOf(input.category, null),
    };
    return this.push(line);
  }

  rateLine(input: RateLineInput): BillLine {
    const total = roundUsd(input.quantity * input.unitCostUsd);
    const line: BillLine = {
      id: this.uniqueId(`${input.category}/${input.key}/${input.group}`),
      category: input.category,
      item: input.item,
      catalogId: null,
      group: input.group,
      groupName: this.groupName(input.group),
      quantity: input.quantity,
      unit: input.unit,
      capacity: null,
      redundancy: null,
      unitCostUsd: input.unitCostUsd,
      totalUsd: total,
      leadTimeWeeks: null,
      derivation: `${input.derivation}. Cost: ${fmt(input.quantity, 3)} ${input.unit} × ${rateText(input.unitCostUsd)} = ${usdText(total)}`,
      source: this.factorSourceText(input.factors),
      scope: input.scope ?? scopeOf(input.category, null),
    };
    return this.push(line);
  }

  group(figure: GroupFigure): void {
    this.groups.push(figure);
  }

  check(input: CheckInput): void {
    const subject = input.subject ? `${input.subject.type}:${input.subject.id}` : 'project';
    const id = uniqueIn(this.checkIds, this.checkSuffixes, flatText(`${input.code}/${subject}`));
    this.checks.push({ id, ...input });
  }

  /** Per-rack checks, ids already unique (code + rack id); they come first in the bill, as they are. */
  rackChecks: () => readonly Check[] = () => [];

  /** Every check: the per-rack ones, then the rest in the order they were raised. */
  allChecks(): Check[] {
    return this.rackChecks().concat(this.checks);
  }

  /** Adds the checks about figures the engine had to assume, once every line is in. */
  finishChecks(): void {
    const assumed = new Set(this.assumed);
    for (const source of this.assumedFrom) for (const a of source.assumed) assumed.add(a);
    if (assumed.size > 0) {
      this.check({
        severity: 'info',
        code: 'assumed-input',
        message: `Figures not from a published source (Powerhall defaults; replace them with quotes or site data). ${this.assumedText(assumed)}`,
        subject: null,
      });
    }
    if (this.unknownLeadTimes.size > 0) {
      this.check({
        severity: 'info',
        code: 'assumed-input',
        message: `Lead time unknown (not counted in the longest lead): ${this.itemNames(this.unknownLeadTimes).join('; ')}`,
        subject: null,
      });
    }
  }

  /** Catalog items by name, in order of name. */
  private itemNames(ids: Iterable<string>): string[] {
    return [...ids].map((id) => this.index.findItem(id)?.name ?? id).sort(byWords);
  }

  /**
   * The assumed figures in words: equipment by name, factors by name, then the rest (e.g. power-capping presets);
   * names hold commas, so they are parted by semicolons.
   */
  private assumedText(assumed: ReadonlySet<string>): string {
    const items: string[] = [];
    const factors: string[] = [];
    const other: string[] = [];
    for (const a of assumed) {
      if (a.startsWith(FACTOR_PREFIX)) factors.push(this.index.factorName(a.slice(FACTOR_PREFIX.length) as FactorId));
      else if (this.index.findItem(a)) items.push(a);
      else other.push(a);
    }
    return [
      items.length > 0 ? `Equipment: ${this.itemNames(items).join('; ')}.` : '',
      factors.length > 0 ? `Factors: ${factors.sort(byWords).join('; ')}.` : '',
      other.length > 0 ? `Also: ${other.sort(byWords).join('; ')}.` : '',
    ].filter((x) => x !== '').join(' ');
  }
}
