import type { z } from 'zod';
import { contractMethods, type ContractSpec, type HandlersOf } from '../../shared/contract/define.ts';
import { ApiError, issuesFromZod, type ApiResult } from '../../shared/contract/envelope.ts';
import { findIllFormedText, illFormedTextMessage } from '../../shared/contract/well-formed.ts';

export interface RouterLog {
  error(message: string, error: unknown): void;
}

/**
 * Validates a request against the contract, calls the service, and answers an envelope. Both transports
 * (Electron IPC and browser mode) call `dispatch`, so validation and error mapping exist once.
 */
export class IpcRouter<C extends ContractSpec> {
  private readonly routes = new Map<string, { request: z.ZodType; handler: (req: unknown) => unknown }>();

  constructor(
    contract: C,
    handlers: HandlersOf<C>,
    private readonly log: RouterLog = { error: (message, error) => console.error(message, error) },
  ) {
    for (const { service, method, spec } of contractMethods(contract)) {
      const serviceHandlers = (handlers as Record<string, Record<string, (req: unknown) => unknown>>)[service];
      const handler = serviceHandlers?.[method];
      if (!handler) throw new Error(`no handler for ${service}.${method}`);
      this.routes.set(routeKey(service, method), { request: spec.request, handler: handler.bind(serviceHandlers) });
    }
  }

  /** Every (service, method) the router answers. */
  methods(): { service: string; method: string }[] {
    return [...this.routes.keys()].map((key) => {
      const [service, method] = key.split('.') as [string, string];
      return { service, method };
    });
  }

  async dispatch(service: string, method: string, payload: unknown): Promise<ApiResult<unknown>> {
    const route = this.routes.get(routeKey(service, method));
    if (!route) {
      return fail(new ApiError('not-found', `unknown method ${service}.${method}`));
    }
    const illFormed = findIllFormedText(payload);
    if (illFormed) {
      const message = illFormedTextMessage(illFormed);
      return fail(new ApiError('bad-request', `The request was refused: ${message}.`, [{ path: illFormed.join('.') || '(root)', message }]));
    }
    const parsed = route.request.safeParse(payload);
    if (!parsed.success) {
      const issues = issuesFromZod(parsed.error);
      const first = issues[0];
      const detail = first ? ` (${first.path}: ${first.message}${issues.length > 1 ? `; +${issues.length - 1} more` : ''})` : '';
      return fail(new ApiError('bad-request', `invalid request to ${service}.${method}${detail}`, issues));
    }
    try {
      return { ok: true, value: await route.handler(parsed.data) };
    } catch (error) {
      if (error instanceof ApiError) return fail(error);
      this.log.error(`${service}.${method} failed`, error);
      const message = error instanceof Error ? error.message : String(error);
      return fail(new ApiError('internal', `${service}.${method} failed: ${message}`));
    }
  }
}

function routeKey(service: string, method: string): string {
  return `${service}.${method}`;
}

function fail(error: ApiError): ApiResult<never> {
  return { ok: false, error: error.toBody() };
}
