import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  AS_OF_HEADER,
  asOfRefused,
  badAsOf,
  closeGracefully,
  ConfigError,
  createGraphQLHttpServer,
  DEV_JWT_SECRET,
  createLogger,
  errorFormatter,
  keepingErrorOrigin,
  listen,
  OrgDirectory,
  parseInstant,
  PortUnavailableError,
  REQUEST_ID_HEADER,
  sendJson,
  unauthenticated,
  UnauthenticatedError,
} from '@crm/platform';
import { SignedDataSource } from './auth/signed-data-source';
import { departureRefreshPlugin, RevokedStaff } from './auth/revoked-staff';
import { subgraphFetcher } from './auth/subgraph-fetcher';
import { VerifiedTokens } from './auth/verified-tokens';
import { clientAuthenticator } from './auth/client-identity';
import { OidcTokens } from './auth/oidc-tokens';
import { GatewayConfig } from './config';
import { defaultUrlOf, SUBGRAPHS } from './subgraphs';
import { GatewayContext } from './context';
import { armorProtection, pageSizeLimitPlugin, parserLimits } from './limits/operation-limits';
import { limitRefusalFormatter } from './limits/limit-refusal';
import { demoTokens, graphiqlLandingPage } from './ide/graphiql-landing-page';
import { ideAssetRoutes } from './ide/ide-assets';
import { operationResolutionPlugin } from './limits/operation-resolution';
import { degradedAnswersPlugin } from './forwarding/degraded-answers';
import { BoundedDocumentStore } from './limits/document-store';

/** The instant a client asked this request to run as of (x-crm-as-of): only with CLOCK_OVERRIDE, never in production. */
function asOfOf(req: IncomingMessage, allowed: boolean): { asOf?: Date } {
  const given = header(req, AS_OF_HEADER);
  if (given === undefined) return {};
  if (!allowed) throw asOfRefused('gateway');
  const asOf = parseInstant(given);
  if (!asOf) throw badAsOf(given);
  return { asOf };
}

export interface RunningGateway {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * The gateway: loads the committed supergraph (no runtime introspection), authenticates the client's bearer token,
 * and plans and forwards operations to the subgraphs with the caller signed. It computes no business data.
 */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const log = createLogger('gateway', config.logLevel);
  if (!fs.existsSync(config.supergraphFile)) {
    throw new ConfigError('gateway', 'SUPERGRAPH_FILE', `${config.supergraphFile} does not exist; run npm run compose`);
  }
  const http = config.subgraphConnections > 0 ? subgraphFetcher(config.subgraphConnections) : undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(config.supergraphFile, 'utf8'),
    buildService: ({ name, url }) =>
      new SignedDataSource(name, config.subgraphUrls[name] ?? url ?? '', config.internalSecret, config.forwarding, log, http?.fetcher),
    logger: log,
    // Apollo's default keeps 30 MiB as measured, several times that in memory; distinct valid documents fill it.
    experimental_approximateQueryPlanStoreMiB: config.limits.queryPlanCacheMib,
  });
  const tokens = new VerifiedTokens(
    clientAuthenticator(config.jwtSecret, config.oidc && new OidcTokens(config.oidc)),
    config.tokenCacheSize,
  );
  const customer = SUBGRAPHS.find((s) => s.name === 'customer')!;
  const revoked = new RevokedStaff(
    config.subgraphUrls.customer ?? defaultUrlOf(customer),
    config.internalSecret,
    config.revocationRefreshSeconds,
    log,
  );
  const org = OrgDirectory.load(config.orgDirectoryFile);
  const armor = armorProtection(config.limits);
  const formatError = errorFormatter(config.production, log);
  const formatLimitRefusal = limitRefusalFormatter(config.limits.maxTokens);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    validationRules: armor.validationRules,
    parseOptions: parserLimits(config.limits),
    documentStore: config.limits.documentCacheKb > 0 ? new BoundedDocumentStore(config.limits.documentCacheKb * 1024) : null,
    allowBatchedHttpRequests: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    csrfPrevention: true,
    formatError: keepingErrorOrigin((formatted, error) => formatError(formatLimitRefusal(formatted, error), error)),
    // runService owns SIGTERM/SIGINT; Apollo's own handler would race the graceful stop.
    stopOnTerminationSignals: false,
    plugins: [
      operationResolutionPlugin(),
      degradedAnswersPlugin(),
      ...armor.plugins,
      pageSizeLimitPlugin(config.limits.maxPageSize),
      departureRefreshPlugin(revoked),
      config.production
        ? ApolloServerPluginLandingPageDisabled()
        : // GraphiQL from the installed packages (works offline); demo tokens only with the development secret.
          graphiqlLandingPage(() => (config.jwtSecret === DEV_JWT_SECRET ? demoTokens(config.jwtSecret) : Promise.resolve([]))),
    ],
  });
  await apollo.start();

  const contextFor = async (req: IncomingMessage): Promise<GatewayContext> => {
    const given = header(req, REQUEST_ID_HEADER);
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    try {
      const identity = await tokens.authenticate(header(req, 'authorization'));
      if (revoked.has(identity.id)) throw new UnauthenticatedError('access revoked: this staff member has left (CUS-032)');
      const caller = { ...identity, departmentTree: org.subtreeOf(identity.departmentId) };
      return { caller, requestId, acceptLanguage: header(req, 'accept-language'), ...asOfOf(req, config.clockOverride) };
    } catch (error: unknown) {
      if (error instanceof UnauthenticatedError) throw unauthenticated(error.message);
      throw error;
    }
  };

  let ready = true;
  const httpServer = createGraphQLHttpServer(
    apollo,
    contextFor,
    {
      ...(config.production ? {} : ideAssetRoutes()),
      '/health/live': (_req, res) => sendJson(res, 200, { status: 'ok', service: 'gateway' }),
      '/health/ready': (_req, res) => sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', service: 'gateway' }),
    },
    (error) => log.error({ err: error }, 'request failed'),
    undefined,
    config.http,
  );
  const endpoint = await listen(httpServer, config.port, config.host).catch(async (error: unknown) => {
    await apollo.stop();
    throw error instanceof PortUnavailableError ? new ConfigError('gateway', 'GATEWAY_PORT', error.message) : error;
  });
  revoked.start();
  log.info({ url: endpoint.url }, 'gateway ready');

  let stopping: Promise<void> | undefined;
  return {
    url: endpoint.url,
    port: endpoint.port,
    stop: () =>
      (stopping ??= (async () => {
        ready = false;
        revoked.stop();
        await closeGracefully(httpServer);
        await apollo.stop();
        await http?.close();
        log.info('gateway stopped');
      })()),
  };
}
