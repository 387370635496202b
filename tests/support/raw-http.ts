import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The response came on a socket that had carried a request before. */
  reusedSocket: boolean;
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/**
 * One request over a given keep-alive agent (one agent with maxSockets 1 is one connection, reused while the server
 * keeps it open), failing after `timeoutMs`: a hang is a failure, never a wait.
 */
export function rawRequest(agent: http.Agent, url: string, request: RawRequest, timeoutMs = 15_000): Promise<RawResponse> {
  const target = new URL(request.path ?? '', url);
  return new Promise((resolve, reject) => {
    const req = http.request(target, { method: request.method ?? 'POST', agent, headers: request.headers, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          reusedSocket: req.reusedSocket,
        }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(request.body);
  });
}

/** The stable codes of a GraphQL error answer, or undefined when the body is not one. */
export function errorCodesOf(body: string): string[] | undefined {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
    return parsed.errors?.map((e) => String(e.extensions?.code));
  } catch {
    return undefined;
  }
}
