import { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { DocumentNode } from 'graphql';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { CALLER_HEADER } from '../auth/caller';
import { InvalidSignatureError, Variables, verifyCaller } from '../auth/internal-signature';
import { ServiceConfig } from '../config/service-config';
import { describeDatabase, MysqlFlavour } from '../config/database-url';
import { ConfigError } from '../config/config-error';
import { RequestContext } from '../context';
import { Access } from '../access/access';
import { applyAccessDirectives, undeclaredPermissions } from '../access/access-directives';
import { Governance, governanceResolvers } from './governance';
import { AuditActor, runAs, SYSTEM_ACTOR } from '../audit/audit-context';
import { writeAudit } from '../audit/audit-writer';
import { writeTransaction } from '../db/write-transaction';
import { createServiceDataSource, DataSourceSpec, openDataSource } from '../db/data-source';
import { ensureMysqlDatabase } from '../db/mysql-admin';
import { schemaEntities } from '../db/schema-entities';
import { SqlStatementCounter, uncounted } from '../db/sql-statement-counter';
import { negotiateLang } from '../graphql/i18n';
import { asOfRefused, unauthenticated } from '../graphql/errors';
import { Clock, fixedClock, systemClock } from '../clock/clock';
import { errorFormatter } from '../graphql/error-formatter';
import { keepingErrorOrigin } from '../graphql/error-origin';
import { scalarResolvers } from '../graphql/scalars';
import { inputStringLimitPlugin } from '../graphql/input-limits';
import { mergeAreaResolvers } from '../graphql/resolver-areas';
import { createLogger } from '../logging/logger';
import { EventConsumerDefinition } from '../events/consumer';
import { startSubgraphEvents, SubgraphEvents } from '../events/subgraph-events';
import { closeGracefully, createGraphQLHttpServer, HttpEndpoint, listen, PortUnavailableError, sendJson } from './http-server';
import { readinessRoute } from './readiness';

/**
 * What a subgraph package declares; the platform does the rest. `State` is what its resolvers reach on the request
 * context besides the loaders (its use cases, its rule policy), made per request by `createRequestState`; none by
 * default.
 */
export interface SubgraphDefinition<Loaders, State extends object = Record<never, never>> {
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<RequestContext<Loaders> & State>;
  entities: DataSourceSpec['entities'];
  migrations: DataSourceSpec['migrations'];
  /** Fresh DataLoaders for one request; `access` scopes what they load. */
  /** Per request; `clock` is the request's "now" (the system clock, or an as-of instant with CLOCK_OVERRIDE). */
  createLoaders: (dataSource: DataSource, config: ServiceConfig, access: Access, request: { clock: Clock }) => Loaders;
  /** Per request, like the loaders: the rest of the subgraph's request state (required when `State` has fields). */
  createRequestState?: (dataSource: DataSource, config: ServiceConfig, access: Access, request: { clock: Clock }) => State;
  /** Fills an empty database with the demo data set (embedded default, first start). */
  seedDemoData?: (dataSource: DataSource, log: Logger) => Promise<void>;
  /**
   * String inputs allowed past MAX_INPUT_STRING_LENGTH, by schema coordinate (`ImportCustomersInput.csv`), with their
   * own maximum in characters; the request-body bound (MAX_REQUEST_BYTES) still holds.
   */
  longStringInputs?: Record<string, number>;
  /** Audit trail and approvals of this subgraph: every write audited, trail and approvals served. */
  governance?: Governance;
  /**
   * The subgraph's event consumers (its modules' `<area>.events.ts`), or a function building them once the database
   * and configuration are known; every subgraph also relays its own outbox.
   */
  consumers?: EventConsumerDefinition[] | ((dataSource: DataSource, config: ServiceConfig) => EventConsumerDefinition[]);
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  dataSource: DataSource;
  sqlCounter: SqlStatementCounter;
  log: Logger;
  /** The outbox relay, the consumers and their status. */
  events: SubgraphEvents;
  stop: () => Promise<void>;
}

/** The operation text and variables a request carries (POST JSON body, or GET ?query=&variables=). */
function operationOf(req: IncomingMessage, body: unknown): { query?: string; variables?: Variables } {
  if (body && typeof body === 'object' && 'query' in body && typeof body.query === 'string') {
    const variables =
      'variables' in body && body.variables && typeof body.variables === 'object' ? (body.variables as Variables) : undefined;
    return { query: body.query, variables };
  }
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  let variables: Variables;
  try {
    variables = params.has('variables') ? (JSON.parse(params.get('variables') ?? '') as Variables) : undefined;
  } catch {
    variables = undefined;
  }
  return { query: params.get('query') ?? undefined, variables };
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function requestLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse() {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          contextValue.log.debug({ op: request.operationName, ms }, 'request');
        },
      };
    },
  };
}

function databaseError(config: ServiceConfig, error: unknown): ConfigError {
  const variable = `${config.service.toUpperCase()}_DATABASE_URL`;
  const reason = error instanceof Error ? error.message.split('\n')[0] || error.name : String(error);
  return new ConfigError(config.service, variable, `cannot open ${describeDatabase(config.database)}: ${reason}`);
}

/** Creates the MySQL database when missing and learns whether the server is MySQL or MariaDB. */
async function detectFlavour(config: ServiceConfig): Promise<MysqlFlavour> {
  if (config.database.kind !== 'mysql') throw new Error('not a MySQL target');
  try {
    return await ensureMysqlDatabase(config.database);
  } catch (error: unknown) {
    throw databaseError(config, error);
  }
}

/** Opens the database, reporting an unreachable or misconfigured one in one line. */
async function openDatabase(config: ServiceConfig, dataSource: DataSource): Promise<void> {
  try {
    await openDataSource(dataSource, config.migrateOnStart);
  } catch (error: unknown) {
    throw databaseError(config, error);
  }
}

/**
 * Builds and starts one subgraph: its data source (SQLite or MySQL), an Apollo subgraph server that only accepts
 * requests signed by the gateway, health and readiness endpoints, and a clean stop.
 */
export async function startSubgraph<Loaders, State extends object = Record<never, never>>(
  definition: SubgraphDefinition<Loaders, State>,
  config: ServiceConfig,
): Promise<RunningSubgraph> {
  const log = createLogger(config.service, config.logLevel);
  const target = config.database.kind === 'mysql' ? { ...config.database, flavour: await detectFlavour(config) } : config.database;
  const { dataSource, sqlCounter } = createServiceDataSource({
    target,
    entities: schemaEntities(definition),
    migrations: definition.migrations,
    audited: Boolean(definition.governance),
    log,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  await openDatabase(config, dataSource);
  if (config.demoData && definition.seedDemoData) await definition.seedDemoData(dataSource, log);

  const unguarded = undeclaredPermissions(definition.typeDefs);
  if (unguarded.length) log.warn({ unguarded }, 'root fields or entities without @permission');
  const governed = definition.governance
    ? mergeAreaResolvers([
        definition.resolvers,
        governanceResolvers(
          config.service,
          definition.typeDefs,
          dataSource,
          config.maxPageSize,
          definition.governance,
          config.approvalStepDueWorkingDays,
          config.businessTimeZone,
        ) as GraphQLResolverMap<RequestContext<Loaders> & State>,
      ])
    : definition.resolvers;
  const resolvers = applyAccessDirectives(definition.typeDefs, governed);
  const schema = buildSubgraphSchema([
    { typeDefs: definition.typeDefs, resolvers: { ...scalarResolvers, ...resolvers } as GraphQLResolverMap<unknown> },
  ]);
  const apollo = new ApolloServer<RequestContext<Loaders> & State>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    formatError: keepingErrorOrigin(errorFormatter(config.production, log)),
    // runService owns SIGTERM/SIGINT (drain, then close the pool); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    // No cache-control hints: every answer depends on its caller (scope, masking), so no HTTP cache may keep it, and
    // the plugin would otherwise hook every field resolution.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      requestLogPlugin() as ApolloServerPlugin<RequestContext<Loaders> & State>,
      inputStringLimitPlugin<RequestContext<Loaders> & State>({
        defaultMax: config.maxInputStringLength,
        overrides: definition.longStringInputs,
      }),
    ],
  });
  await apollo.start();

  // Writes of a request are audited as its caller's: the actor is set once the signature is verified.
  const actors = new WeakMap<IncomingMessage, AuditActor>();
  const asCaller = <T>(req: IncomingMessage, work: () => Promise<T>): Promise<T> => {
    const actor: AuditActor = { ...SYSTEM_ACTOR };
    actors.set(req, actor);
    return runAs(actor, work);
  };

  // a refused permission is audited. The request goes on (it answers FORBIDDEN), so the entry is written in
  // its own transaction; a failure to write it is logged, never turned into a different answer.
  const recordDenial = (permission: string, actorId: string, requestId: string): void => {
    void runAs({ actorId, requestId }, () =>
      writeTransaction(dataSource, (m) =>
        writeAudit(m, [{ entityType: 'permission', entityId: permission, action: 'DENIAL', note: `requires ${permission}` }]),
      ),
    ).catch((error: unknown) => log.error({ err: error, permission }, 'could not audit a permission denial'));
  };

  const contextFor = async (req: IncomingMessage, body: unknown): Promise<RequestContext<Loaders> & State> => {
    try {
      const { query, variables } = operationOf(req, body);
      const signed = verifyCaller(config.internalSecret, headerValue(req, CALLER_HEADER), query, variables);
      const requestId = signed.requestId || randomUUID();
      const access = new Access(
        signed.caller,
        config.accessPolicy,
        definition.governance ? (permission) => recordDenial(permission, signed.caller.id, requestId) : undefined,
      );
      const actor = actors.get(req);
      if (actor) Object.assign(actor, { actorId: signed.caller.id, requestId });
      if (signed.asOf && !config.clockOverride) throw asOfRefused(config.service);
      const clock = signed.asOf ? fixedClock(signed.asOf) : systemClock;
      const state = (definition.createRequestState?.(dataSource, config, access, { clock }) ?? {}) as State;
      return {
        ...state,
        requestId,
        caller: signed.caller,
        access,
        lang: negotiateLang(headerValue(req, 'accept-language')),
        log: log.child({ requestId, caller: signed.caller.id, ...(signed.asOf ? { asOf: signed.asOf.toISOString() } : {}) }),
        clock,
        loaders: definition.createLoaders(dataSource, config, access, { clock }),
      };
    } catch (error: unknown) {
      if (error instanceof InvalidSignatureError) throw unauthenticated(error.message);
      throw error;
    }
  };

  let events: SubgraphEvents;
  try {
    events = await startSubgraphEvents({
      service: config.service,
      dataSource,
      config: config.events,
      secret: config.internalSecret,
      consumers: typeof definition.consumers === 'function' ? definition.consumers(dataSource, config) : (definition.consumers ?? []),
      log,
    });
  } catch (error: unknown) {
    await apollo.stop();
    await dataSource.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(config.service, 'EVENTS_URL', `cannot reach ${config.events.natsUrl ?? 'the event transport'}: ${reason}`);
  }

  let ready = true;
  const httpServer = createGraphQLHttpServer(
    apollo,
    contextFor,
    {
      '/health/live': (_req, res) => sendJson(res, 200, { status: 'ok', service: config.service }),
      '/health/ready': readinessRoute({
        service: config.service,
        accepting: () => ready,
        checks: {
          database: async () => {
            await dataSource.query('SELECT 1');
            return { target: describeDatabase(config.database) };
          },
        },
        timeoutMs: config.readinessTimeoutMs,
        operatorToken: config.operatorToken,
        // Events never make a subgraph unready (its own data is served); their lag and dead letters are reported.
        reports: { events: () => uncounted(events.status) },
      }),
      ...events.routes,
    },
    (error) => log.error({ err: error }, 'request failed'),
    asCaller,
    config.http,
  );
  let endpoint: HttpEndpoint;
  try {
    endpoint = await listen(httpServer, config.port, config.host);
  } catch (error: unknown) {
    await events.stop();
    await apollo.stop();
    await dataSource.destroy();
    if (error instanceof PortUnavailableError) throw new ConfigError(config.service, `${config.service.toUpperCase()}_PORT`, error.message);
    throw error;
  }
  log.info({ url: endpoint.url, database: describeDatabase(config.database) }, `${config.service} subgraph ready`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      ready = false;
      await closeGracefully(httpServer);
      await events.stop();
      await apollo.stop();
      await dataSource.destroy();
      log.info(`${config.service} subgraph stopped`);
    })());

  return { name: config.service, url: endpoint.url, port: endpoint.port, dataSource, sqlCounter, log, events, stop };
}
