/** One `hatang` sub-command: its words, its help text, and what it does. */
export interface Command {
  /** Words after `hatang`, e.g. ['db', 'migrate']. */
  path: string[];
  summary: string;
  usage: string;
  /** Option lines shown by --help, e.g. ['--force   reload even if unchanged']. */
  options?: string[];
  run(args: string[]): Promise<number>;
}

/** A user-facing failure of a command: printed without a stack trace, exit code 1 (or given). */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}
