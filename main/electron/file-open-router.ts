// Where a request to open a project file comes from differs by platform: the command line on Windows and Linux
// (also a second launch's, passed to the first instance), `open-file` on macOS, which may fire before the app is
// ready. The router turns them all into one `open(path)` call, holding requests until the app can open them.
import { isAbsolute, resolve } from 'node:path';

export const PROJECT_EXTENSION = '.powerhall';

/**
 * The project a command line asks for: `--project FILE`, or the first argument that names a .powerhall file
 * (what the OS passes for a file association). Relative paths are taken from `cwd`, the launch's own folder.
 */
export function projectFromArgv(argv: readonly string[], cwd: string): string | undefined {
  const flag = argv.indexOf('--project');
  const named = flag >= 0 ? argv[flag + 1] : argv.slice(1).find((a) => !a.startsWith('-') && a.toLowerCase().endsWith(PROJECT_EXTENSION));
  if (!named) return undefined;
  return isAbsolute(named) ? named : resolve(cwd, named);
}

export interface FileOpenTarget {
  open(path: string): void;
  /** A second launch without a file: bring the window forward. */
  focus(): void;
}

export class FileOpenRouter {
  private pending: string[] = [];
  private target: FileOpenTarget | undefined;

  /** macOS `open-file` (the caller prevents its default), before or after the app is ready. */
  openFile(path: string): void {
    if (this.target) this.target.open(path);
    else this.pending.push(path);
  }

  /** `second-instance`: the other launch's command line and folder. */
  secondInstance(argv: readonly string[], cwd: string): void {
    const path = projectFromArgv(argv, cwd);
    if (path) this.openFile(path);
    else this.target?.focus();
  }

  /**
   * The app is ready to open files: the project to open first, and from now on requests go straight to `target`.
   * The window shows one project, so of the files macOS passed before ready the latest wins, and over the
   * command line too, as the user's latest request.
   */
  ready(target: FileOpenTarget, argv: readonly string[], cwd: string): string | undefined {
    const first = this.pending.at(-1) ?? projectFromArgv(argv, cwd);
    this.pending = [];
    this.target = target;
    return first;
  }
}
