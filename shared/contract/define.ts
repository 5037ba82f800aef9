import type { z } from 'zod';

/** One method of a service: its request and response schemas. */
export interface MethodSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  readonly request: Req;
  readonly response: Res;
}

export type ServiceSpec = Readonly<Record<string, MethodSpec>>;
export type ContractSpec = Readonly<Record<string, ServiceSpec>>;

export function method<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): MethodSpec<Req, Res> {
  return { request, response };
}

/** The one place a channel name is made: no string channel appears at a call site. */
export function channelName(service: string, methodName: string): string {
  return `powerhall:${service}.${methodName}`;
}

/** The typed client API a contract describes: `api.service.method(request) → Promise<response>`. */
export type ApiOf<C extends ContractSpec> = {
  readonly [S in keyof C]: {
    readonly [M in keyof C[S]]: (request: z.input<C[S][M]['request']>) => Promise<z.output<C[S][M]['response']>>;
  };
};

/** What a main-process implementation of a contract provides: handlers that receive validated requests. */
export type HandlersOf<C extends ContractSpec> = {
  readonly [S in keyof C]: {
    readonly [M in keyof C[S]]: (
      request: z.output<C[S][M]['request']>,
    ) => Promise<z.input<C[S][M]['response']>> | z.input<C[S][M]['response']>;
  };
};

/** Every (service, method) pair of a contract, for transports that register or expose them all. */
export function contractMethods(contract: ContractSpec): { service: string; method: string; spec: MethodSpec }[] {
  return Object.entries(contract).flatMap(([service, methods]) =>
    Object.entries(methods).map(([name, spec]) => ({ service, method: name, spec })),
  );
}
