import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs, one line per event, tagged with the service name. Lines are written to
 * stdout asynchronously: a request never waits on the terminal or the log collector, and lines
 * logged while a write is under way go out together in the next one. What is still queued is
 * written before the process exits.
 */
export function createLogger(service: string, level: string): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: ['req.headers.authorization', 'password', '*.password'], censor: '[redacted]' },
    },
    pino.destination({ dest: 1, sync: false }),
  );
}
