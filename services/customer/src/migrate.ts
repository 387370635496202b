import { runMigrationCommand } from '@crm/platform';
import { loadConfig, subgraph } from './index';

// The deployment's one-shot migration step (`npm run migrate`; `--wait` waits for it instead of migrating).
runMigrationCommand(subgraph, () => loadConfig());
