import { randomBytes, timingSafeEqual } from 'node:crypto';

/** The header every API call carries: the project's browser-mode session secret, never a cookie. */
export const TOKEN_HEADER = 'x-powerhall-token';
/** The header the tab sends once, with the printed link's single-use launch token, to get the session secret. */
export const LAUNCH_HEADER = 'x-powerhall-launch';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function tokensEqual(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
