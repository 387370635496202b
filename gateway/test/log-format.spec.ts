import { formatLogLine, isReadyLine } from '../src/dev/log-format';

describe('launcher log lines', () => {
  it('shows a pino JSON line as time, level, message and the remaining fields', () => {
    const line = JSON.stringify({
      level: 30,
      time: '2026-11-26T08:01:02.345Z',
      service: 'credit',
      msg: 'credit subgraph ready',
      url: 'http://127.0.0.1:4002/graphql',
    });
    expect(formatLogLine(line)).toBe('08:01:02 INFO  credit subgraph ready  url=http://127.0.0.1:4002/graphql');
  });

  it('passes other lines through unchanged', () => {
    expect(formatLogLine('[credit] CREDIT_DATABASE_URL: unsupported scheme "pg:"')).toBe(
      '[credit] CREDIT_DATABASE_URL: unsupported scheme "pg:"',
    );
  });

  it('recognises a service’s own ready line, so npm start does not take another process on the port for it', () => {
    expect(isReadyLine(JSON.stringify({ level: 30, msg: 'credit subgraph ready' }))).toBe(true);
    expect(isReadyLine(JSON.stringify({ level: 30, msg: 'gateway ready' }))).toBe(true);
    expect(isReadyLine(JSON.stringify({ level: 30, msg: 'demo data loaded' }))).toBe(false);
    expect(isReadyLine('[customer] CUSTOMER_PORT: port 4001 is already in use')).toBe(false);
  });
});
