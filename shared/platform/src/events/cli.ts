import { DEV_INTERNAL_SECRET, readSecret } from '../config/service-config';
import { ConfigError } from '../config/config-error';
import { EVENT_LOG_PATH } from './embedded-feed';
import { loadEventsConfig } from './events-config';
import { INTERNAL_REQUEST_HEADER, signInternalRequest } from './internal-request';

const USAGE = `usage: npm run -s events -- <service> <command>
  status                 outbox lag, consumers (lag, applied) and dead letters
  dead-letters           the events parked by the service's consumers, with their errors
  redrive <id>           applies a parked event again (it stays parked when it fails again)
  reset <consumer>       forgets what the consumer applied and replays its producer from the start
The service is found at <SERVICE>_URL (default http://127.0.0.1:<its port>); requests are signed with INTERNAL_SIGNING_SECRET.`;

/** The operator's view of a running subgraph's events: status, dead letters, re-drive, reset. */
async function main(): Promise<number> {
  const [service, command, argument] = process.argv.slice(2);
  if (!service || !command || service === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return service === '--help' ? 0 : 2;
  }
  const secret = readSecret('events', process.env, 'INTERNAL_SIGNING_SECRET', DEV_INTERNAL_SECRET);
  const origin = loadEventsConfig('events', process.env).sourceUrl(service);
  const requests: Record<string, { method: 'GET' | 'POST'; path: string } | undefined> = {
    status: { method: 'GET', path: `${EVENT_LOG_PATH}/status` },
    'dead-letters': { method: 'GET', path: `${EVENT_LOG_PATH}/dead-letters` },
    redrive: argument ? { method: 'POST', path: `${EVENT_LOG_PATH}/redrive?id=${encodeURIComponent(argument)}` } : undefined,
    reset: argument ? { method: 'POST', path: `${EVENT_LOG_PATH}/reset?consumer=${encodeURIComponent(argument)}` } : undefined,
  };
  const request = requests[command];
  if (!request) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const response = await fetch(`${origin}${request.path}`, {
    method: request.method,
    headers: { [INTERNAL_REQUEST_HEADER]: signInternalRequest(secret, 'operator', request.method, request.path) },
  });
  process.stdout.write(`${JSON.stringify(await response.json(), null, 2)}\n`);
  return response.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      error instanceof ConfigError ? `${error.message}\n` : `events: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
