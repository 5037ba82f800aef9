import type { App } from 'electron';
import { hardenWebContents } from './harden-web-contents.ts';

/** Every web contents the app ever creates gets the navigation limits, before it can load anything. */
export function hardenApp(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
