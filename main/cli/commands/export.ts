import { resolve } from 'node:path';
import { formatInterchange } from '../../../shared/interchange/interchange-json.ts';
import { EXPORT_FORMAT_IDS, IMAGE_SCALES, type ImageScale } from '../../../shared/report-views/export-formats.ts';
import { exportFileStem } from '../../../shared/report-views/report-context.ts';
import { loadCatalog } from '../../catalog/load-catalog.ts';
import { writeFormat } from '../../export/export-file.ts';
import { noProgress } from '../../export/format.ts';
import { exportFormat } from '../../export/registry.ts';
import { reportContext } from '../../export/report-context.ts';
import { exportToFile } from '../../export/write-export.ts';
import { exportProjectJson, writeExport } from '../../services/project-export.ts';
import { readInterchangeFile } from '../../services/project-import.ts';
import { oneOf, parseCommandArgs } from '../args.ts';
import { readProject } from '../project-input.ts';
import { CliUsageError, type CliCommand, type CliIo } from '../command.ts';
import { withEnvironmentErrors } from '../../services/file-system.ts';

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write a project as interchange JSON, or one scenario as a CSV bill, XLSX workbook, PDF brief, GLB model, DXF plan or PNG site plan.',
  usage: [
    `powerhall export FILE --format ${EXPORT_FORMAT_IDS.join('|')} [--scenario ID|NAME (default: the first)] [--out FILE] [--hide-prices] [--scale ${IMAGE_SCALES.join('|')}]`,
    '  json: the whole project, to stdout without --out.',
    "  png: the brief's site plan sheet (E-101), drawn from the model: halls with their dimensions and names, rows, racks,",
    '       equipment, the yard and the pipe routes at a standard scale, with title block, scale bar and north arrow; an A4',
    '       landscape sheet at 96 dpi times --scale (1: 1123 x 794 px, 2, 4). The PNG of the 3D view is saved from the app.',
  ].join('\n'),
  run: (args, io) => withEnvironmentErrors('export', args, () => runExport(args, io)),
};

async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    scenario: { type: 'string' },
    'hide-prices': { type: 'boolean' },
    scale: { type: 'string' },
  });
  if (positionals.length !== 1) throw new CliUsageError('give exactly one project FILE (.powerhall or interchange .json)');
  const format = oneOf('format', values.format, EXPORT_FORMAT_IDS, 'json');
  const source = resolve(positionals[0]!);
  if (values.scale !== undefined && format !== 'png') throw new CliUsageError('--scale sets the pixels of the PNG site plan: use it with --format png');
  const imageScale = Number(oneOf('scale', values.scale, IMAGE_SCALES.map(String), '1')) as ImageScale;
  if (format === 'json') {
    if (values['hide-prices']) throw new CliUsageError('--hide-prices makes a tenant copy of a scenario (csv, xlsx, pdf); the project JSON carries its price book');
    // The whole project, every scenario: the interchange file is the project, not one scenario's report.
    const text = source.endsWith('.json') ? formatInterchange(readInterchangeFile(source)) : exportProjectJson(source);
    if (values.out) {
      writeExport(values.out, text);
      io.err(`Wrote ${resolve(values.out)}.`);
    } else {
      io.out(text);
    }
    return 0;
  }
  const context = reportContext(readProject(source), loadCatalog(), { scenario: values.scenario, hidePrices: values['hide-prices'] ?? false });
  const writer = exportFormat(format);
  const target = resolve(values.out ?? `${exportFileStem(context)}.${writer.extension}`);
  const bytes = await exportToFile(target, () => writeFormat(writer, context, noProgress, { imageScale }));
  io.err(`Wrote ${target} (${bytes.toLocaleString('en-US')} bytes).`);
  return 0;
}
