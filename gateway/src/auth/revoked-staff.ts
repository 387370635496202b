import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import { request } from 'undici';
import { CALLER_HEADER, Caller, Logger, REQUEST_ID_HEADER, signCaller } from '@crm/platform';

const QUERY = '{ revokedStaff { staffId } }';
/** The gateway asks as the system, which the default role table lets read the list (staff.access:READ). */
const GATEWAY_SYSTEM: Caller = { id: 'SYSTEM', name: 'gateway', roles: ['SYSTEM'], departmentId: null, departmentTree: [] };

/**
 * CUS-032: staff who left lose access at once, everywhere. The customer subgraph records departures; the gateway
 * reads the list every `refreshSeconds` and refuses those callers' tokens before any subgraph is asked. When the
 * customer subgraph cannot be reached the last list stays in force (never an empty one), and the failure is logged.
 */
export class RevokedStaff {
  private revoked = new Set<string>();
  private everRead = false;
  private timer?: NodeJS.Timeout;
  private refreshing?: Promise<void>;

  constructor(
    private readonly customerUrl: string,
    private readonly internalSecret: string,
    private readonly refreshSeconds: number,
    private readonly log: Logger,
  ) {}

  has(staffId: string): boolean {
    return this.revoked.has(staffId);
  }

  /** Starts the periodic refresh (none when refreshSeconds is 0); the first read does not hold up the start. */
  start(): void {
    if (this.refreshSeconds <= 0) return;
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.refreshSeconds * 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Reads the list now; concurrent calls share one read. */
  refresh(): Promise<void> {
    this.refreshing ??= this.read().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async read(): Promise<void> {
    const requestId = `revoked-staff-${Date.now()}`;
    try {
      const response = await request(this.customerUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [CALLER_HEADER]: signCaller(this.internalSecret, GATEWAY_SYSTEM, requestId, QUERY),
          [REQUEST_ID_HEADER]: requestId,
        },
        body: JSON.stringify({ query: QUERY }),
        headersTimeout: 5_000,
        bodyTimeout: 5_000,
      });
      const body = (await response.body.json()) as { data?: { revokedStaff?: { staffId: string }[] }; errors?: { message: string }[] };
      if (!body.data?.revokedStaff) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.statusCode}`);
      this.revoked = new Set(body.data.revokedStaff.map((s) => s.staffId));
      this.everRead = true;
    } catch (error: unknown) {
      // While everything starts together the customer subgraph may not answer yet: only later failures are news.
      if (this.everRead) this.log.warn({ err: error }, 'could not refresh the revoked staff list; the last one stays in force');
      else this.log.debug({ err: error }, 'revoked staff list not read yet; trying again');
    }
  }
}

/** The mutation that records a departure (CUS-032); after it the list is read again, so the refusal is immediate. */
const DEPARTURE_FIELD = 'handOverDepartingStaff';

/** Re-reads the revoked list right after a departure was recorded through this gateway. */
export function departureRefreshPlugin(revoked: RevokedStaff): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          const recordsDeparture =
            operation?.operation === 'mutation' &&
            operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === DEPARTURE_FIELD);
          if (recordsDeparture) await revoked.refresh();
        },
      };
    },
  };
}
