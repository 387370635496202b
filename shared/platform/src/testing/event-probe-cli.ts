import { startProbeNode } from './event-probe';

/**
 * A probe subgraph as its own process, for the fault tests (`node event-probe-cli.js '<json options>'`): prints
 * `ready <url>`, then with `produce` records counted events for a set of aggregates until told to stop; SIGKILL is the
 * fault, SIGTERM a clean stop.
 */
interface CliOptions {
  service: string;
  databaseUrl: string;
  env: Record<string, string>;
  consumes?: string[];
  sources?: Record<string, string>;
  port?: number;
  produce?: { aggregates: string[]; from: number; to: number; pauseMs?: number };
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as CliOptions;
  const node = await startProbeNode(options);
  for (const [producer, url] of Object.entries(options.sources ?? {})) node.events.useSource(producer, url);
  node.events.startConsumers();
  process.stdout.write(`ready ${node.url}\n`);
  process.on('SIGTERM', () => {
    node.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  const produce = options.produce;
  if (produce) {
    for (let n = produce.from; n <= produce.to; n++) {
      for (const aggregate of produce.aggregates) await node.count(aggregate, n, n);
      if (produce.pauseMs) await new Promise((resolve) => setTimeout(resolve, produce.pauseMs));
    }
    process.stdout.write('produced\n');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
