import pino from 'pino';
import { errorFormatter, keepingErrorOrigin } from '../src';

describe('errors in production', () => {
  const format = keepingErrorOrigin(errorFormatter(true, pino({ level: 'silent' })));

  it('hide an internal error’s message but keep its path and the subgraph it came from', () => {
    const formatted = format(
      {
        message: 'Query inactivity timeout',
        path: ['customers', 'edges', 2, 'node', 'credit'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'credit' },
      },
      new Error('Query inactivity timeout'),
    );
    expect(formatted).toEqual({
      message: '服务器内部错误 / Internal server error',
      path: ['customers', 'edges', 2, 'node', 'credit'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'credit' },
    });
  });
});
