import { ConfigError, runService } from '../src';

describe('running a service as a process', () => {
  it('reports a bad variable thrown while reading the configuration as one line naming it, without a stack trace', async () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as () => never);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      // The configuration is read synchronously inside the start function, as the gateway's main does.
      runService('gateway', () => {
        throw new ConfigError('gateway', 'GATEWAY_PORT', '"abc" must be an integer from 0 to 65535');
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(stderr.mock.calls.map(([text]) => String(text))).toEqual([
        '[gateway] GATEWAY_PORT: "abc" must be an integer from 0 to 65535\n',
      ]);
      expect(exit).toHaveBeenCalledWith(1);
    } finally {
      exit.mockRestore();
      stderr.mockRestore();
    }
  });
});
