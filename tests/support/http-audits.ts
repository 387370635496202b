import { auditServer, AuditResult } from 'graphql-http';

export interface AuditSummary {
  ok: number;
  notice: number;
  warn: number;
  error: number;
  errors: string[];
}

/** The GraphQL-over-HTTP server audits of the graphql-http package, run with the given fetch (which adds credentials). */
export async function runHttpAudits(url: string, fetchFn: typeof fetch): Promise<AuditSummary> {
  const results: AuditResult[] = await auditServer({ url, fetchFn });
  const summary: AuditSummary = { ok: 0, notice: 0, warn: 0, error: 0, errors: [] };
  for (const result of results) {
    summary[result.status] += 1;
    if (result.status === 'error') summary.errors.push(`${result.name}: ${result.reason}`);
  }
  return summary;
}

/** The operation text of a GraphQL-over-HTTP request (POST JSON body or GET ?query=), as the gateway would sign it. */
export function operationOf(input: string | URL | Request, init?: RequestInit): { query: string; variables?: Record<string, unknown> } {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  if (url.searchParams.has('query')) return { query: url.searchParams.get('query') ?? '' };
  try {
    const body = JSON.parse(typeof init?.body === 'string' ? init.body : '') as { query?: unknown; variables?: unknown };
    return {
      query: typeof body.query === 'string' ? body.query : '',
      variables: body.variables && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : undefined,
    };
  } catch {
    return { query: '' };
  }
}
