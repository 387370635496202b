import { ConfigError } from '../config/config-error';

/**
 * Runs a service as its own process: one-line messages for configuration problems (no stack trace), a clean stop on
 * SIGTERM/SIGINT (stop accepting, finish in-flight requests, close the pool), exit code 1 on a failed start.
 */
export function runService(name: string, start: () => Promise<{ stop: () => Promise<void> }>): void {
  // A configuration read that throws before the start's first await is reported like any other failed start.
  Promise.resolve()
    .then(start)
    .then((service) => {
      let signalled = false;
      const shutdown = (signal: string) => {
        if (signalled) return;
        signalled = true;
        const forced = setTimeout(() => {
          process.stderr.write(`[${name}] did not stop within 15 s after ${signal}; exiting\n`);
          process.exit(1);
        }, 15_000);
        forced.unref();
        service.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            process.stderr.write(`[${name}] error while stopping: ${String(error)}\n`);
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', () => shutdown('SIGTERM'));
      process.on('SIGINT', () => shutdown('SIGINT'));
    })
    .catch((error: unknown) => {
      if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
      else process.stderr.write(`[${name}] failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    });
}
