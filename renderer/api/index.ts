import type { PowerhallApi } from '../../shared/contract/index.ts';
import { createHttpApi } from './http-transport.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    readonly powerhall?: PowerhallApi;
  }
}

let api: PowerhallApi | undefined;

/** The one typed API object, from the preload in Electron or over loopback HTTP in browser mode. */
export function getApi(): PowerhallApi {
  api ??= window.powerhall ?? createHttpApi();
  return api;
}
