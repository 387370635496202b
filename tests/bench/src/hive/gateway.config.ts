import { randomUUID } from 'node:crypto';
import type { GatewayConfig, GatewayPlugin } from '@graphql-hive/gateway';
import { GraphQLError } from 'graphql';
import {
  authenticate,
  Caller,
  CALLER_HEADER,
  DEV_INTERNAL_SECRET,
  DEV_JWT_SECRET,
  readSecret,
  REQUEST_ID_HEADER,
  signCaller,
  UnauthenticatedError,
} from '@crm/platform';

/**
 * GraphQL Hive Gateway configured to do our gateway's job, so both can be compared on the same subgraphs: verify the
 * client's bearer token (HS256, JWT_SECRET) and sign the caller for every upstream request (x-crm-caller, bound to
 * the operation text and variables the subgraph receives, INTERNAL_SIGNING_SECRET). Loaded by
 * `hive-gateway supergraph gateway/supergraph.graphql -c tests/bench/dist/hive/gateway.config.js`; subgraph URLs
 * come from CUSTOMER_URL… like our gateway's.
 */

interface CallerContext {
  caller: Caller;
  requestId: string;
  acceptLanguage?: string;
}

/** signCaller binds the variables too in newer platform versions (older ones take four arguments and ignore a fifth) and signs synchronously (older ones return a promise). */
type SignFn = (
  secret: string,
  caller: Caller,
  requestId: string,
  query: string,
  variables?: Record<string, unknown>,
) => string | Promise<string>;
const sign = signCaller as SignFn;

const REQUEST_ID = /^[\w.:-]{1,64}$/;

function crmCallerPlugin(jwtSecret: string, internalSecret: string): GatewayPlugin<CallerContext> {
  return {
    async onContextBuilding({ context, extendContext }) {
      const headers = context.request.headers;
      let caller: Caller;
      try {
        caller = await authenticate(jwtSecret, headers.get('authorization') ?? undefined);
      } catch (error: unknown) {
        if (error instanceof UnauthenticatedError) {
          throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
        throw error;
      }
      const given = headers.get(REQUEST_ID_HEADER);
      extendContext({
        caller,
        requestId: given && REQUEST_ID.test(given) ? given : randomUUID(),
        acceptLanguage: headers.get('accept-language') ?? undefined,
      });
    },
    async onFetch({ options, context }) {
      // Fetches outside a client request (none with a static supergraph) carry no caller.
      if (!('caller' in context) || !context.caller || typeof options.body !== 'string') return;
      const body = JSON.parse(options.body) as { query?: string; variables?: Record<string, unknown> };
      const headers = (options.headers ?? {}) as Record<string, string>;
      headers[CALLER_HEADER] = await sign(internalSecret, context.caller, context.requestId!, body.query ?? '', body.variables);
      headers[REQUEST_ID_HEADER] = context.requestId!;
      if (context.acceptLanguage) headers['accept-language'] = context.acceptLanguage;
      options.headers = headers;
    },
  };
}

const env = process.env;
const upstream = (name: string) => env[`${name.toUpperCase()}_URL`];

export const gatewayConfig: GatewayConfig = {
  supergraph: env.SUPERGRAPH_FILE ?? 'gateway/supergraph.graphql',
  transportEntries: {
    // Hive's HTTP executor shares one upstream response among identical in-flight queries. Its key is URL and body,
    // taken before onFetch adds the caller, so concurrent callers with different data scopes would receive each
    // other's results; our gateway never shares a response. Off, so both do the same work per request.
    '*.http': { options: { deduplicateInflightRequests: false } },
    // The subgraphs listen on 127.0.0.1; the composed supergraph names localhost.
    ...Object.fromEntries(
      ['customer', 'credit', 'complaint', 'supplier', 'reception']
        .filter((name) => upstream(name))
        .map((name) => [name, { location: upstream(name) }]),
    ),
  },
  logging: 'warn',
  landingPage: false,
  graphiql: false,
  plugins: () => [
    crmCallerPlugin(
      readSecret('hive-gateway', env, 'JWT_SECRET', DEV_JWT_SECRET),
      readSecret('hive-gateway', env, 'INTERNAL_SIGNING_SECRET', DEV_INTERNAL_SECRET),
    ),
  ],
};
