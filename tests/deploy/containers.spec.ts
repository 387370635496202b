import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import Ajv from 'ajv';
import { DCLinter } from 'dclint';
import { DockerfileParser } from 'dockerfile-ast';
import { validate as validateDockerfile } from 'dockerfile-utils';
import { parse } from 'yaml';

const DEPLOY = path.join(__dirname, '..', '..', 'deploy');
const COMPOSE_FILE = path.join(DEPLOY, 'docker-compose.yml');
const DOCKERFILE = path.join(DEPLOY, 'docker', 'Dockerfile');
const SUBGRAPHS = ['customer', 'credit', 'complaint', 'supplier', 'reception'];

interface ComposeService {
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  volumes?: string[];
  networks?: string[];
}
const compose = parse(fs.readFileSync(COMPOSE_FILE, 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  networks: Record<string, { internal?: boolean }>;
};

describe('the docker compose file (deploy/docker-compose.yml)', () => {
  it('validates against the Compose Specification schema', () => {
    // The compose-spec JSON schema as dclint ships it (the file `docker compose config` validates against).
    const schema = JSON.parse(
      fs.readFileSync(path.join(path.dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, validateSchema: false });
    const check = ajv.compile(schema);
    expect(check(compose) ? [] : check.errors).toEqual([]);
    expect(check({ services: { x: { image: 'a', restrat: 'always' } } })).toBe(false);
    expect(check({ services: { x: { image: 'a', depends_on: 5 } } })).toBe(false);
  });

  it('passes dclint with no error and no warning (key order is left to the comments that explain the file)', () => {
    const linter = new DCLinter({
      rules: { 'service-keys-order': 0, 'top-level-properties-order': 0 },
      quiet: false,
      debug: false,
      exclude: [],
    });
    const [result] = linter.lintFiles([COMPOSE_FILE], false);
    expect(result.messages.map((m) => `${m.rule}: ${m.message}`)).toEqual([]);
  });

  it('runs the gateway, five subgraphs, one MySQL 8, NATS with JetStream and a migration step per subgraph', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['gateway', 'mysql', 'nats', ...SUBGRAPHS, ...SUBGRAPHS.map((s) => `migrate-${s}`)].sort(),
    );
    expect(compose.services.mysql.image).toMatch(/^mysql:8\.\d+$/);
    expect(compose.services.nats.command).toContain('-js');
  });

  it('starts each subgraph only after its migration step completed, and the step runs the migrate command on the same image', () => {
    for (const name of SUBGRAPHS) {
      const service = compose.services[name];
      const step = compose.services[`migrate-${name}`];
      expect(service.depends_on?.[`migrate-${name}`]).toEqual({ condition: 'service_completed_successfully' });
      expect(step.depends_on?.mysql).toEqual({ condition: 'service_healthy' });
      expect(step.command).toEqual(['node', 'dist/migrate.js']);
      expect(step.build).toEqual(service.build);
      expect(service.build?.args).toMatchObject({ WORKSPACE: `services/${name}`, SERVICE: name });
      expect(service.environment?.MIGRATE_ON_START).toBe('false');
      expect(step.environment?.[`${name.toUpperCase()}_DATABASE_URL`]).toBe(service.environment?.[`${name.toUpperCase()}_DATABASE_URL`]);
    }
  });

  it('gives each subgraph its own database and account, as the MySQL init script creates them', () => {
    const init = fs.readFileSync(path.join(DEPLOY, 'mysql', 'init.sql'), 'utf8');
    expect(compose.services.mysql.volumes).toContain('./mysql/init.sql:/docker-entrypoint-initdb.d/init.sql:ro');
    for (const name of SUBGRAPHS) {
      const url = new URL(
        compose.services[name].environment![`${name.toUpperCase()}_DATABASE_URL`].replace(/\$\{[A-Z_]+:-([^}]+)\}/, '$1'),
      );
      expect([url.username, url.pathname]).toEqual([`crm_${name}`, `/crm_${name}`]);
      expect(init).toContain(`CREATE USER IF NOT EXISTS '${url.username}'@'%'`);
      expect(init).toContain(`IDENTIFIED BY '${url.password}'`);
      expect(init).toMatch(new RegExp(`GRANT ALL PRIVILEGES ON crm_${name}\\.\\*\\s+TO 'crm_${name}'@'%'`));
    }
  });

  it('publishes the gateway alone, on loopback; subgraphs, MySQL and NATS stay on an internal network', () => {
    const published = Object.entries(compose.services).filter(([, s]) => s.ports?.length);
    expect(published.map(([name]) => name)).toEqual(['gateway']);
    expect(compose.services.gateway.ports).toEqual(['127.0.0.1:${GATEWAY_PUBLISHED_PORT:-4000}:4000']);
    expect(compose.networks.backend.internal).toBe(true);
    for (const name of [...SUBGRAPHS, 'mysql', 'nats']) expect(compose.services[name].networks).toEqual(['backend']);
  });

  it('requires the secrets instead of defaulting them', () => {
    expect(compose.services.gateway.environment?.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
    for (const name of ['gateway', ...SUBGRAPHS])
      expect(compose.services[name].environment?.INTERNAL_SIGNING_SECRET).toMatch(/^\$\{INTERNAL_SIGNING_SECRET:\?/);
  });
});

describe('the Dockerfile (deploy/docker/Dockerfile)', () => {
  const text = fs.readFileSync(DOCKERFILE, 'utf8');
  const instructions = DockerfileParser.parse(text).getInstructions();
  const of = (keyword: string) => instructions.filter((i) => i.getKeyword() === keyword).map((i) => i.getArgumentsContent() ?? '');
  const stages = text.split(/^FROM /m).slice(1);
  const finalStage = stages[stages.length - 1];

  it('has no problem dockerfile-utils (the Docker language service’s linter) reports', () => {
    expect(validateDockerfile(text)).toEqual([]);
    expect(validateDockerfile('FROM node:20\nEXPOSE port\nHEALTHCHECK CMD\n').length).toBeGreaterThan(0);
  });

  // hadolint's rules, by their IDs, for what this Dockerfile does (no hadolint binary is available from npm).
  it('DL3006, DL3007: every base image is a pinned Node 20 slim tag, never latest', () => {
    expect(of('ARG').find((a) => a.startsWith('NODE_IMAGE='))).toMatch(/^NODE_IMAGE=node:20\.\d+-bookworm-slim$/);
    for (const from of of('FROM')) expect(from).toMatch(/^(\$\{NODE_IMAGE\}|manifests)( AS [a-z-]+)?$/);
  });

  it('DL3002: the image runs as the unprivileged node user', () => {
    expect(of('USER').at(-1)).toBe('node');
    expect(finalStage.indexOf('USER node')).toBeLessThan(finalStage.indexOf('CMD'));
  });

  it('DL3008, DL3009, DL3015: apt packages are pinned, without recommends, and the lists removed', () => {
    for (const run of of('RUN').filter((r) => r.includes('apt-get install'))) {
      expect(run).toContain('--no-install-recommends');
      expect(run).toContain('rm -rf /var/lib/apt/lists/*');
      const packages = run.split('--no-install-recommends')[1].split('&&')[0].trim().split(/\s+/);
      for (const p of packages) expect(p).toMatch(/^[a-z0-9+.-]+=\S+$/);
    }
  });

  it('DL3020, DL3025: COPY rather than ADD, and CMD and HEALTHCHECK in exec form', () => {
    expect(of('ADD')).toEqual([]);
    expect(of('CMD')).toEqual(['["node", "dist/main.js"]']);
    expect(of('HEALTHCHECK')[0]).toMatch(/CMD \["node", "\/usr\/local\/lib\/crm\/healthcheck\.js"\]$/);
  });

  it('is multi-stage and ships production dependencies only: the final stage copies what npm ci --omit=dev installed', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    const runtime = stages.find((s) => s.startsWith('manifests AS runtime'));
    expect(runtime).toContain('npm ci --omit=dev');
    expect(finalStage).toContain('COPY --from=runtime /app /app');
    expect(finalStage).not.toMatch(/--from=build/);
  });

  it('copies nothing the .dockerignore leaves out (no local node_modules, dist or .env in the build context)', () => {
    const ignore = fs.readFileSync(path.join(DEPLOY, '..', '.dockerignore'), 'utf8').split('\n');
    for (const entry of ['**/node_modules', '**/dist', '.env', '.git']) expect(ignore).toContain(entry);
  });
});

describe('the image health check (deploy/docker/healthcheck.js)', () => {
  const run = (env: Record<string, string>) =>
    new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, [path.join(DEPLOY, 'docker', 'healthcheck.js')], { env: { PATH: process.env.PATH, ...env } });
      child.on('exit', resolve);
    });

  it('passes while /health/ready answers 200 on the service’s port and fails on 503 or no answer', async () => {
    let status = 200;
    const server = createServer((req, res) => {
      res.statusCode = req.url === '/health/ready' ? status : 404;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = String((server.address() as AddressInfo).port);
    try {
      expect(await run({ CRM_SERVICE: 'credit', CREDIT_PORT: port })).toBe(0);
      expect(await run({ CRM_SERVICE: 'credit', CRM_DEFAULT_PORT: port })).toBe(0);
      status = 503;
      expect(await run({ CRM_SERVICE: 'credit', CREDIT_PORT: port })).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await run({ CRM_SERVICE: 'credit', CREDIT_PORT: port })).toBe(1);
  });
});
