// Structured logs: one JSON line per request on stdout, errors on stderr.
export interface RequestLine {
  method: string;
  path: string;
  status: number;
  ms: number;
  auth?: string;
}

export interface Logger {
  request(line: RequestLine): void;
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, error?: unknown): void;
}

export function createLogger(
  enabled: boolean,
  write: (line: string) => void = (l) => process.stdout.write(l),
  writeError: (line: string) => void = (l) => process.stderr.write(l),
): Logger {
  const emit = (fields: Record<string, unknown>) => {
    if (enabled) write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
  };
  return {
    request: (line) =>
      emit({
        msg: 'request',
        ...line,
        path: line.path.length > 200 ? `${line.path.slice(0, 200)}…` : line.path,
      }),
    info: (message, fields = {}) => emit({ msg: message, ...fields }),
    error: (message, error) =>
      writeError(
        `${JSON.stringify({
          time: new Date().toISOString(),
          msg: message,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        })}\n`,
      ),
  };
}
