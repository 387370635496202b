import { Caller } from '../auth/caller';
import { signCaller } from '../auth/internal-signature';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Sends an operation straight to a subgraph as the gateway would: the caller signed with the internal secret.
 * For subgraph integration tests; clients always go through the gateway.
 */
export async function callSubgraph<T = Record<string, unknown>>(
  url: string,
  secret: string,
  caller: Caller,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
  asOf?: Date,
): Promise<GraphQLResult<T>> {
  const signature = signCaller(secret, caller, 'test-request', query, variables, asOf);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-crm-caller': signature, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResult<T>, 'status'>;
  return { status: response.status, ...body };
}
