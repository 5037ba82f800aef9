import type { CrashReporter } from 'electron';

/** Crash reports are written to the app's crashDumps folder and stay on this machine: nothing is uploaded. */
export function startLocalCrashReports(crashReporter: CrashReporter): void {
  crashReporter.start({ uploadToServer: false, compress: true });
}
