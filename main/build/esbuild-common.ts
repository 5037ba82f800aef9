/** The Node each bundle runs on: Electron 45's, and the oldest Node that package.json's engines allow for the CLI. */
export const NODE_TARGET = { electron: 'node22', cli: 'node20.19' } as const;

/** Bundled CommonJS dependencies call require(); an ES module has none of its own. */
export const REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
