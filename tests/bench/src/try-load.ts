import { datasetPlan } from './dataset/plan';
import { loadDataset } from './dataset/load';
import { benchDatabases } from './runtime/services';

async function main() {
  const plan = datasetPlan(20260301, Number(process.argv[2] ?? 0.01));
  const dbs = benchDatabases((process.argv[3] as 'mysql' | 'sqlite') ?? 'mysql', 'mysql://root@127.0.0.1:3306');
  const report = await loadDataset(dbs, plan, process.argv[4] === 'reuse');
  console.log(JSON.stringify(report, null, 1));
}
main().catch((e) => { console.error(e); process.exit(1); });
