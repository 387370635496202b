import type { Caller } from '@crm/platform';

/** Per client request at the gateway: who calls, the request id passed to every subgraph, the language asked for, the as-of instant. */
export interface GatewayContext {
  caller?: Caller;
  requestId: string;
  acceptLanguage?: string;
  /** The instant the client runs this request as of (x-crm-as-of, CLOCK_OVERRIDE), signed to every subgraph. */
  asOf?: Date;
}
