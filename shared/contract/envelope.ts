import { z } from 'zod';

/**
 * Every transport answers with this envelope so that an error crosses the boundary as data with a clear
 * message (and, for bad input, the exact fields at fault) rather than as a lost exception.
 */
/**
 * `unavailable`: the transport could not reach the main process (browser mode's server stopped); worth trying again.
 * `session-ended`: browser mode no longer accepts this tab's credential; the message says how to continue.
 */
export const ApiErrorCode = z.enum(['bad-request', 'not-found', 'conflict', 'read-only', 'refused-file', 'internal', 'unavailable', 'session-ended']);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const ApiIssue = z.object({ path: z.string(), message: z.string() });
export type ApiIssue = z.infer<typeof ApiIssue>;

export const ApiErrorBody = z.object({ code: ApiErrorCode, message: z.string(), issues: z.array(ApiIssue) });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

export const ApiResultEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiErrorBody }),
]);

/** An error a service raises on purpose, with a code the client can act on. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[];
  constructor(code: ApiErrorCode, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }
  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

/** Turns zod issues into short `path: message` pairs. */
export function issuesFromZod(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
}

export function describeIssues(issues: readonly ApiIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('; ');
}
