// Structured logs (pino), quiet by default: LOG_LEVEL=info or debug to see more. Logs go to stderr so that
// commands printing JSON on stdout stay parseable. An invalid LOG_LEVEL is reported by loadConfig(), not here.
import { pino, type Logger } from 'pino';

export type { Logger };

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export function createLogger(level: string | undefined = process.env.LOG_LEVEL): Logger {
  return pino({ level: level && LEVELS.has(level) ? level : 'warn', base: undefined }, pino.destination(2));
}

export const log: Logger = createLogger();
