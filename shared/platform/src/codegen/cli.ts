import path from 'node:path';
import fs from 'node:fs';
import { generateResolverTypes } from './generate-resolver-types';

/**
 * `crm-codegen` run in a subgraph package: reads `codegen.json` ({ "mappers": {...} }) and writes
 * src/generated/resolvers-types.ts from the subgraph's SDL (the platform's fragments and its slices under src/).
 */
async function main(): Promise<void> {
  const root = process.cwd();
  const configFile = path.join(root, 'codegen.json');
  const config = fs.existsSync(configFile) ? (JSON.parse(fs.readFileSync(configFile, 'utf8')) as { mappers?: Record<string, string> }) : {};
  await generateResolverTypes(
    {
      sourceDir: path.join(root, 'src'),
      service: path.basename(root),
      outputFile: path.join(root, 'src/generated/resolvers-types.ts'),
      mappers: config.mappers,
    },
    '../loaders#ServiceContext',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`codegen failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
