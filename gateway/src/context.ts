import type { Caller } from '@crm/platform';

/** Per client request at the gateway: who calls, the request id passed to every subgraph, the language asked for. */
export interface GatewayContext {
  caller?: Caller;
  requestId: string;
  acceptLanguage?: string;
}
