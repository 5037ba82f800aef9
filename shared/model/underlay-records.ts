import { z } from 'zod';
import { HallId, UnderlayId } from './ids.ts';

const finite = z.number().finite();

/**
 * Largest drawing file an underlay may hold, bytes. The bytes travel in the record as base64 (4 characters per 3
 * bytes), and an edit of the record (its opacity, its scale) carries it twice, before and after, in one API call of at
 * most 8 MB: 2 MB of file is 2.7 MB of base64, 5.4 MB in such an edit, with room left for the rest of the call.
 */
export const UNDERLAY_MAX_BYTES = 2 * 1024 * 1024;
const MAX_BASE64_CHARS = Math.ceil(UNDERLAY_MAX_BYTES / 3) * 4;

/** What the drawing was imported from; a PDF page is stored as the PNG or JPEG it was drawn to. */
export const UnderlaySource = z.enum(['png', 'jpeg', 'dxf']);
export type UnderlaySource = z.infer<typeof UnderlaySource>;

/** The media type of each source, as the bytes are decoded. */
export const UNDERLAY_MEDIA_TYPES: Readonly<Record<UnderlaySource, string>> = { png: 'image/png', jpeg: 'image/jpeg', dxf: 'image/vnd.dxf' };

/** The words for a file that is too large: the import says how large (before anything is read), the schema cannot. */
export function underlayTooLarge(bytes?: number): string {
  const size = bytes === undefined ? 'larger than' : `${(bytes / (1024 * 1024)).toFixed(1)} MB, more than`;
  return `The drawing is ${size} the ${UNDERLAY_MAX_BYTES / (1024 * 1024)} MB an underlay holds. Save a smaller copy (fewer pixels, or the DXF without hatching and text) and import that.`;
}

/**
 * The drawing of an existing building, shown under a hall's floor so its halls and rows can be traced. Its own frame
 * is the sheet as read: x to the right, y down, from the top-left corner, in pixels (an image) or DXF drawing units
 * (a DXF's y, which runs up, is turned over so the plan shows it upright). The placement puts that corner at `origin`
 * in hall coordinates (m; hall y runs down the plan as the sheet's does), turned by `rotationDeg` as a hall's
 * rotation turns (from +x toward +y), at `metresPerUnit`; calibration sets the scale.
 */
export const UnderlayRecord = z
  .object({
    type: z.literal('underlay'),
    id: UnderlayId,
    hallId: HallId,
    name: z.string().trim().min(1, 'must not be empty').max(120),
    source: UnderlaySource,
    /** The file as imported, in base64. */
    data: z
      .string()
      .min(1, 'must not be empty')
      .max(MAX_BASE64_CHARS, underlayTooLarge())
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be the file in base64'),
    /** The drawing's extent in its own units (pixels, or DXF units). */
    widthUnits: finite.positive().max(1e9),
    heightUnits: finite.positive().max(1e9),
    /** Where the drawing's origin sits in the hall, m. */
    origin: z.object({ x: finite.min(-1e5).max(1e5), y: finite.min(-1e5).max(1e5) }).readonly(),
    rotationDeg: finite.min(-360).max(360),
    /** The scale: metres on the floor per drawing unit. */
    metresPerUnit: finite.min(1e-6, 'must be at least 0.000001 m per unit').max(1000, 'must be at most 1000 m per unit'),
    /** 0: not shown; 1: fully opaque. */
    opacity: finite.min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
    /** A locked underlay is not picked: a click on it reaches the floor, so halls and rows are drawn over it. */
    locked: z.boolean(),
  })
  .readonly();
export type UnderlayRecord = z.infer<typeof UnderlayRecord>;

export type UnderlayPlacement = Pick<UnderlayRecord, 'origin' | 'rotationDeg' | 'metresPerUnit'>;
