import pino from 'pino';
import { errorFormatter } from '../src';

const log = pino({ level: 'silent' });

describe('errors sent to clients', () => {
  it('in production an unexpected error says nothing about its cause', () => {
    const formatted = errorFormatter(true, log)(
      { message: 'ER_NO_SUCH_TABLE: customer', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      new Error('x'),
    );
    expect(formatted).toEqual({ message: '服务器内部错误 / Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('an expected error keeps its message and code but never a stack trace', () => {
    const formatted = errorFormatter(false, log)(
      { message: '未认证', extensions: { code: 'UNAUTHENTICATED', stacktrace: ['at y'] } },
      new Error('y'),
    );
    expect(formatted).toEqual({ message: '未认证', extensions: { code: 'UNAUTHENTICATED' } });
  });
});
