import http from 'node:http';
import { ProcessStack, startProcessStack } from '../support/process-stack';
import { rawRequest, RawResponse } from '../support/raw-http';
import { SecondMariaDb, startSecondMariaDb } from './second-mariadb';

const SUBGRAPH_TIMEOUT_MS = 1_500;
const READINESS_TIMEOUT_MS = 300;
/** Below the subgraph deadline: with the database hung, credit's own SQL deadline answers first. */
const SQL_STATEMENT_TIMEOUT_MS = 500;
const OPERATOR_TOKEN = 'fault-suite-operator-token-0123456789abcdef';
/** Scheduling slack on two shared cores, on top of a deadline. */
const SLACK_MS = 2_500;

const QUERY = '{ customers(first: 5) { edges { node { id name credit { grade } } } } }';

interface Answer {
  at: number;
  ms: number;
  status?: number;
  body?: { data?: { customers?: { edges: { node: { name: string; credit: unknown } }[] } } | null; errors?: GraphQLErrorShape[] };
  connection?: string;
  failure?: string;
}
interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; serviceName?: string };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Errors from Node's modules are not `instanceof Error` in jest's sandbox; their code is what tells them apart. */
const failureOf = (error: unknown) => String((error as { code?: string }).code ?? (error as Error).message);

/**
 * A bad day in production, each process real: a subgraph killed and one hung (SIGSTOP) under load, the credit
 * database (a second MariaDB started here) stopped and hung and killed, and SIGTERM under load. Partial answers come
 * within the configured deadlines, readiness tells the truth, everything recovers without a restart, and no response
 * is reset or cut short.
 */
describe('faults', () => {
  let stack: ProcessStack;
  let mariadb: SecondMariaDb;
  let token: string;
  const figures: Record<string, string> = {};

  beforeAll(async () => {
    mariadb = await startSecondMariaDb();
    stack = await startProcessStack({
      env: {
        GATEWAY_SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS),
        READINESS_TIMEOUT_MS: String(READINESS_TIMEOUT_MS),
        SQL_STATEMENT_TIMEOUT_MS: String(SQL_STATEMENT_TIMEOUT_MS),
        OPERATOR_TOKEN,
      },
      databaseUrls: { credit: mariadb.url('crm_fault_credit') },
    });
    token = await stack.tokenFor('GM');
  }, 240_000);
  afterAll(async () => {
    process.stdout.write(`fault figures: ${JSON.stringify(figures, null, 2)}\n`);
    await stack?.stop();
    await mariadb?.stop();
  }, 120_000);

  const ask = async (agent: http.Agent, timeoutMs = 30_000): Promise<Answer> => {
    const started = Date.now();
    try {
      const response: RawResponse = await rawRequest(
        agent,
        stack.gateway.url,
        { headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY }) },
        timeoutMs,
      );
      return {
        at: started,
        ms: Date.now() - started,
        status: response.status,
        body: JSON.parse(response.body) as Answer['body'],
        connection: String(response.headers.connection ?? ''),
      };
    } catch (error: unknown) {
      return { at: started, ms: Date.now() - started, failure: failureOf(error) };
    }
  };

  /** Lanes of back-to-back requests while `during` runs; every answer is kept. */
  async function underLoad(during: () => Promise<void>, lanes = 4): Promise<Answer[]> {
    const answers: Answer[] = [];
    let running = true;
    const lane = async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      while (running) answers.push(await ask(agent));
      agent.destroy();
    };
    const all = Promise.all(Array.from({ length: lanes }, lane));
    await sleep(300);
    await during();
    running = false;
    await all;
    return answers;
  }

  const complete = (a: Answer) => a.status === 200 && !a.body?.errors && (a.body?.data?.customers?.edges.length ?? 0) > 0;

  /** Polls until a complete answer: the time from `since` to it. */
  async function recovery(since: number, timeoutMs = 30_000): Promise<number> {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      while (Date.now() - since < timeoutMs) {
        if (complete(await ask(agent))) return Date.now() - since;
        await sleep(50);
      }
      throw new Error(`no complete answer within ${timeoutMs} ms`);
    } finally {
      agent.destroy();
    }
  }

  const creditErrorsOf = (a: Answer) => (a.body?.errors ?? []).filter((e) => e.extensions?.serviceName === 'credit');

  /** Customers served, credit null with an error naming credit at the client's path. */
  function expectPartial(answers: Answer[], code: string, withinMs: number) {
    expect(answers.filter((a) => a.failure || (a.status ?? 0) >= 500).map((a) => a.failure ?? a.status)).toEqual([]);
    const partial = answers.filter((a) => creditErrorsOf(a).length > 0);
    expect(partial.length).toBeGreaterThan(0);
    for (const answer of partial) {
      expect(answer.body?.data?.customers?.edges.every((e) => typeof e.node.name === 'string' && e.node.credit === null)).toBe(true);
      for (const error of creditErrorsOf(answer)) {
        expect(error.extensions?.code).toBe(code);
        expect(error.path).toEqual(['customers', 'edges', expect.any(Number), 'node', 'credit']);
      }
    }
    const slowest = Math.max(...answers.map((a) => a.ms));
    expect(slowest).toBeLessThanOrEqual(withinMs);
    return { answers: answers.length, partial: partial.length, slowestMs: slowest };
  }

  it('a hung credit subgraph (SIGSTOP) costs only the credit fields, each within the subgraph deadline', async () => {
    const credit = stack.subgraphs.credit;
    let resumed = 0;
    const answers = await underLoad(async () => {
      credit.child.kill('SIGSTOP');
      await sleep(4_000);
      credit.child.kill('SIGCONT');
      resumed = Date.now();
    });
    const seen = expectPartial(answers, 'SUBGRAPH_TIMEOUT', SUBGRAPH_TIMEOUT_MS + SLACK_MS);
    const recoveredMs = await recovery(resumed);
    figures.hung = `${seen.answers} answers, ${seen.partial} partial (SUBGRAPH_TIMEOUT), slowest ${seen.slowestMs} ms, recovered ${recoveredMs} ms after SIGCONT`;
  });

  it('a killed credit subgraph leaves customers served and recovers once it restarts, without a gateway restart', async () => {
    let restarted = 0;
    const answers = await underLoad(async () => {
      stack.subgraphs.credit.child.kill('SIGKILL');
      await sleep(2_000);
      await stack.restart('credit');
      restarted = Date.now();
    });
    const seen = expectPartial(answers, 'SUBGRAPH_UNAVAILABLE', SUBGRAPH_TIMEOUT_MS + SLACK_MS);
    const recoveredMs = await recovery(restarted);
    figures.killed = `${seen.answers} answers, ${seen.partial} partial (SUBGRAPH_UNAVAILABLE), slowest ${seen.slowestMs} ms, recovered ${recoveredMs} ms after the restart`;
  });

  const readiness = async (operator: boolean) => {
    const started = Date.now();
    const response = await fetch(`${stack.subgraphs.credit.origin}/health/ready`, {
      headers: operator ? { authorization: `Bearer ${OPERATOR_TOKEN}` } : {},
      signal: AbortSignal.timeout(10_000),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown>, ms: Date.now() - started };
  };

  async function readyAgain(since: number): Promise<number> {
    while (Date.now() - since < 60_000) {
      if ((await readiness(false)).status === 200) return Date.now() - since;
      await sleep(50);
    }
    throw new Error('credit did not become ready again within 60 s');
  }

  it('a hung database (SIGSTOP) turns readiness 503 within its deadline, tells only an operator why, and recovers', async () => {
    mariadb.process().kill('SIGSTOP');
    try {
      const anonymous = await readiness(false);
      expect(anonymous).toMatchObject({ status: 503, body: { status: 'unavailable' } });
      expect(JSON.stringify(anonymous.body)).not.toMatch(/127\.0\.0\.1|mysql|database/);
      expect(anonymous.ms).toBeLessThanOrEqual(READINESS_TIMEOUT_MS + SLACK_MS);
      const operator = await readiness(true);
      expect(operator.body).toMatchObject({ status: 'unavailable', checks: { database: { status: 'failed' } } });
      const answer = await ask(new http.Agent({ keepAlive: false }));
      expect(answer.status).toBe(200);
      expect(answer.ms).toBeLessThanOrEqual(SUBGRAPH_TIMEOUT_MS + SLACK_MS);
      expect({ creditErrors: creditErrorsOf(answer).length > 0, answer }).toMatchObject({ creditErrors: true });
      // The statement deadline fired inside credit: an internal error there, still naming its path and subgraph.
      for (const error of creditErrorsOf(answer)) expect(error.path).toEqual(['customers', 'edges', expect.any(Number), 'node', 'credit']);
      expect(answer.body?.data?.customers?.edges.every((e) => typeof e.node.name === 'string')).toBe(true);
      figures.databaseHung = `readiness 503 in ${anonymous.ms} ms, a query touching credit answered in ${answer.ms} ms`;
    } finally {
      mariadb.process().kill('SIGCONT');
    }
    const resumed = Date.now();
    const readyMs = await readyAgain(resumed);
    const recoveredMs = await recovery(resumed);
    figures.databaseHung += `; ready ${readyMs} ms and complete answers ${recoveredMs} ms after SIGCONT`;
  });

  it('a killed database turns readiness 503, and once it is back credit recovers without a restart', async () => {
    const creditPid = stack.subgraphs.credit.child.pid;
    mariadb.process().kill('SIGKILL');
    await new Promise((resolve) => mariadb.process().once('exit', resolve));
    const down = await readiness(false);
    expect(down.status).toBe(503);
    expect(down.ms).toBeLessThanOrEqual(READINESS_TIMEOUT_MS + SLACK_MS);
    await mariadb.start();
    const back = Date.now();
    const readyMs = await readyAgain(back);
    const recoveredMs = await recovery(back);
    expect(stack.subgraphs.credit.child.pid).toBe(creditPid);
    figures.databaseKilled = `readiness 503 in ${down.ms} ms; ready ${readyMs} ms and complete answers ${recoveredMs} ms after the database restarted`;
  });

  it('SIGTERM under load finishes every request in flight, says Connection: close while draining, and resets none', async () => {
    expect(stack.crashed()).toEqual([]);
    const answers = await underLoad(async () => {
      await sleep(500);
      stack.gateway.child.kill('SIGTERM');
      await stack.gateway.exited;
    }, 6);
    const served = answers.filter((a) => a.status !== undefined);
    const failures = answers.filter((a) => a.failure).map((a) => a.failure);
    // After the listener closed, a new connection is refused: that is the only way a request may go unserved.
    expect(failures.filter((f) => f !== 'ECONNREFUSED')).toEqual([]);
    expect(served.filter((a) => a.status !== 200 || !complete(a))).toEqual([]);
    expect(served.some((a) => a.connection === 'close')).toBe(true);
    expect(stack.gateway.exit).toBe('exit code 0');
    figures.sigterm = `${served.length} answered in full (${served.filter((a) => a.connection === 'close').length} with Connection: close), ${failures.length} refused after close, 0 reset`;
  });
});
