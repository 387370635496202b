/** Turns one pino JSON line into `HH:MM:SS LEVEL message key=value…` for the launcher's terminal. */
const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
const OMIT = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'name', 'service']);

export function formatLogLine(line: string): string {
  if (!line.startsWith('{')) return line;
  try {
    const entry = JSON.parse(line) as Record<string, unknown>;
    const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
    const level = LEVELS[Number(entry.level)] ?? String(entry.level);
    const extras = Object.entries(entry)
      .filter(([key]) => !OMIT.has(key))
      .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join(' ');
    return `${time} ${level} ${String(entry.msg ?? '')}${extras ? `  ${extras}` : ''}`;
  } catch {
    return line;
  }
}

/** A service's own "… subgraph ready" / "gateway ready" log line. */
export function isReadyLine(line: string): boolean {
  if (!line.startsWith('{')) return false;
  try {
    const entry = JSON.parse(line) as { msg?: unknown };
    return typeof entry.msg === 'string' && /(subgraph|gateway) ready$/.test(entry.msg);
  } catch {
    return false;
  }
}
