import { z } from 'zod';

/** A calendar day written YYYY-MM-DD (ISO 8601), one that exists: 2026-02-30 is refused. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((text) => {
    const day = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
  }, 'must be a day of the calendar');
export type IsoDate = z.infer<typeof IsoDate>;
