import { CoolingRedundancy, Redundancy } from '../../../shared/model/index.ts';
import { BlockInputError, MAX_BLOCK_RACKS, sizeBlock } from '../../../shared/analysis/index.ts';
import { loadCatalog } from '../../catalog/load-catalog.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { BILL_FORMATS, formatBill } from '../../../shared/report-views/bill-formats.ts';
import { CliUsageError, type CliCommand } from '../command.ts';

/** A whole, positive number written as digits only: "12" yes; "1.5", "-3", "0", "1e3", "ten" no. */
function parseCount(value: string | undefined): number {
  if (value === undefined) throw new CliUsageError('--count is required (a whole number of racks ≥ 1)');
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > MAX_BLOCK_RACKS) {
    throw new CliUsageError(`--count must be a whole number of racks from 1 to ${MAX_BLOCK_RACKS}; got '${value}'`);
  }
  return Number(value);
}

const DEFAULTS = { powerRedundancy: '2N', coolingRedundancy: 'N+1', format: 'table' } as const satisfies {
  powerRedundancy: Redundancy;
  coolingRedundancy: CoolingRedundancy;
  format: (typeof BILL_FORMATS)[number];
};

export const sizeCommand: CliCommand = {
  name: 'size',
  summary: 'Size the power, cooling and network bill of a block of identical racks, without a layout.',
  usage:
    `powerhall size --rack <profile-id> --count <n> [--power-redundancy ${Redundancy.options.join('|')} (default: ${DEFAULTS.powerRedundancy})] ` +
    `[--cooling-redundancy ${CoolingRedundancy.options.join('|')} (default: ${DEFAULTS.coolingRedundancy})] ` +
    `[--fabric <switch-id> (default: the rack profile's reference fabric)] [--format ${BILL_FORMATS.join('|')} (default: ${DEFAULTS.format})]`,
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      {
        rack: { type: 'string' },
        count: { type: 'string' },
        'power-redundancy': { type: 'string' },
        'cooling-redundancy': { type: 'string' },
        fabric: { type: 'string' },
        format: { type: 'string' },
      },
      false,
    );
    const catalog = loadCatalog();
    const profiles = catalog.rackProfiles.map((p) => p.id);
    if (values.rack === undefined) throw new CliUsageError(`--rack is required; valid rack profiles: ${profiles.join(', ')}`);
    if (!profiles.includes(values.rack)) {
      throw new CliUsageError(`--rack: unknown rack profile '${values.rack}'; valid rack profiles: ${profiles.join(', ')}`);
    }
    const count = parseCount(values.count);
    const powerRedundancy = oneOf('power-redundancy', values['power-redundancy'], Redundancy.options, DEFAULTS.powerRedundancy);
    const coolingRedundancy = oneOf('cooling-redundancy', values['cooling-redundancy'], CoolingRedundancy.options, DEFAULTS.coolingRedundancy);
    const format = oneOf('format', values.format, BILL_FORMATS, DEFAULTS.format);
    let bill;
    try {
      bill = sizeBlock(
        {
          profileId: values.rack,
          count,
          powerRedundancy,
          coolingRedundancy,
          ...(values.fabric === undefined ? {} : { fabricSwitchId: values.fabric }),
        },
        catalog,
      );
    } catch (error) {
      if (error instanceof BlockInputError) {
        const option = error.field === 'fabricSwitchId' ? 'fabric' : error.field === 'profileId' ? 'rack' : 'count';
        throw new CliUsageError(`--${option}: ${error.message}`);
      }
      throw error;
    }
    io.out(formatBill(bill, format));
    return 0;
  },
};
