// Lint, and the layering of ../shared/ARCHITECTURE.md §1 as import rules: a forbidden import fails `npm test`.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = [
  'fs', 'path', 'os', 'child_process', 'net', 'http', 'https', 'crypto', 'url', 'util', 'stream', 'worker_threads',
  'events', 'buffer', 'process', 'zlib', 'readline', 'tty', 'dgram', 'dns', 'cluster', 'module', 'vm', 'v8',
];
const nodePatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

const forbid = (group, message) => ({ group, message });
// One engineering core: the renderer reads the ScenarioReport of shared/analysis and never the engine's rules.
const engineInternals = forbid(['**/shared/engine/**'], 'The renderer reads engineering numbers from the ScenarioReport: import shared/analysis, not the engine.');

function layer(files, rules, ignores = []) {
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': ['error', { patterns: rules }],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'release/**', 'test-results/**', '.native/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  layer(['shared/**/*.ts'], [
    forbid(nodePatterns, 'shared/ is pure TypeScript: no Node built-ins.'),
    forbid(['electron', 'better-sqlite3', 'react', 'react-dom', 'react-dom/*', 'three', 'three/*'], 'shared/ must not import electron, SQLite, React or three.'),
    forbid(['**/main/**', '**/renderer/**'], 'shared/ must not import main/ or renderer/.'),
  ]),
  layer(['main/**/*.ts'], [
    forbid(['**/renderer/**'], 'main/ must not import renderer/.'),
    forbid(['react', 'react-dom', 'react-dom/*', 'three', 'three/*'], 'main/ must not import React or three.'),
  ]),
  layer(['main/preload/**/*.ts'], [
    forbid(nodePatterns, 'The preload uses only electron and the shared contract.'),
    { regex: '^\\.\\./(?!\\.\\./shared/contract/)', message: 'The preload may import only the shared contract from outside its folder.' },
    forbid(['better-sqlite3', 'react', 'three'], 'The preload uses only electron and the shared contract.'),
  ]),
  layer(['renderer/editor/**/*.ts'], [
    forbid(['react', 'react-dom', 'react-dom/*', 'three', 'three/*', 'electron', 'better-sqlite3'], 'The editor core is plain TypeScript: no React, three or electron.'),
    forbid(nodePatterns, 'The renderer has no Node built-ins.'),
    forbid(['**/main/**', '**/viewport/**', '**/app/**'], 'The editor core depends only on shared/.'),
    engineInternals,
  ]),
  layer(['renderer/viewport/**/*.ts'], [
    forbid(['react', 'react-dom', 'react-dom/*', 'electron', 'better-sqlite3'], 'The viewport uses three only, not React or electron.'),
    forbid(nodePatterns, 'The renderer has no Node built-ins.'),
    forbid(['**/main/**', '**/app/**'], 'The viewport must not import main/ or the React app.'),
    engineInternals,
  ]),
  layer(['renderer/app/**/*.ts', 'renderer/app/**/*.tsx', 'renderer/api/**/*.ts', 'renderer/*.ts', 'renderer/*.tsx'], [
    forbid(['electron', 'better-sqlite3'], 'The renderer talks to main only through the typed API.'),
    forbid(nodePatterns, 'The renderer has no Node built-ins.'),
    forbid(['**/main/**'], 'The renderer must not import main/.'),
    engineInternals,
  ], ['renderer/vite.config.ts']),
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
