// Structured logs (pino), quiet by default: LOG_LEVEL=info or debug to see more. Logs go to stderr so that
// commands printing JSON on stdout stay parseable.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL || 'warn'): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}

export const log: Logger = createLogger();
