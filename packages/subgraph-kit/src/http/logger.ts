import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs, one line per event, tagged with the service name. */
export function createLogger(service: string, level: string): Logger {
  return pino({
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: ['req.headers.authorization', 'password', '*.password'], censor: '[redacted]' },
  });
}
