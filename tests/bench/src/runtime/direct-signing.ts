import { Caller, CALLER_HEADER, REQUEST_ID_HEADER, signCaller } from '@crm/platform';
import { PreparedOperation } from '../operations/operation';

/** signCaller binds the variables too in newer platform versions (older ones take four arguments and ignore a fifth) and signs synchronously (older ones return a promise). */
type SignFn = (
  secret: string,
  caller: Caller,
  requestId: string,
  query: string,
  variables?: Record<string, unknown>,
) => string | Promise<string>;
const sign = signCaller as SignFn;

/** Distinct pre-signed requests per direct run; requests cycle through them. */
const POOL_SIZE = 500;

export interface SignedDirectOperation {
  operation: PreparedOperation;
  headers: (i: number) => Record<string, string>;
}

/**
 * Requests straight to a subgraph carry what our gateway would send: x-crm-caller signed with the internal secret and
 * bound to this operation's text (and variables). Signatures live 60 s, so they are made right before each run; the
 * variables cycle through the signed pool.
 */
export async function signForDirectRun(operation: PreparedOperation, secret: string, caller: Caller): Promise<SignedDirectOperation> {
  const pool = await Promise.all(
    Array.from({ length: POOL_SIZE }, async (_, i) => {
      const requestId = `bench-direct-${i}`;
      return {
        [CALLER_HEADER]: await sign(secret, caller, requestId, operation.query, operation.variables(i)),
        [REQUEST_ID_HEADER]: requestId,
      };
    }),
  );
  return {
    operation: { ...operation, variables: (i) => operation.variables(i % POOL_SIZE) },
    headers: (i) => pool[i % POOL_SIZE],
  };
}
