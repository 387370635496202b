/** Progress lines of the benchmark, prefixed with the seconds since it started. */
const started = Date.now();

export function say(message: string): void {
  process.stdout.write(`[bench ${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s] ${message}\n`);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
