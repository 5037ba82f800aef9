import { z } from 'zod';
import { INTERCHANGE_VERSION, ProjectDocument } from '../model/index.ts';

/** The published JSON Schema of the interchange format, generated from the same zod schema that validates it. */
export function interchangeJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ProjectDocument, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    ...generated,
    $id: `powerhall-project.v${INTERCHANGE_VERSION}.schema.json`,
    title: `Powerhall project interchange format, version ${INTERCHANGE_VERSION}`,
    description:
      'A whole Powerhall project as plain JSON: one site, its scenarios, and the halls, rows, racks, equipment, cooling loops and ' +
      'power feeds of each, referring to each other by id. Lengths in metres, power in kW, temperatures in °C unless a field name says otherwise.',
  };
}

export const INTERCHANGE_SCHEMA_FILE = `powerhall-project.v${INTERCHANGE_VERSION}.schema.json`;
