/**
 * A configuration problem the operator must fix. Printed as one line (no stack trace) by the process entry points,
 * naming the service and the variable at fault.
 */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly variable: string,
    problem: string,
  ) {
    super(`[${service}] ${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}
