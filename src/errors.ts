/** Errors that reach the user. They carry their exit code; only the CLI entry point exits. */

export const EXIT_MATCHED = 0;
export const EXIT_NO_MATCH = 1;
export const EXIT_ERROR = 2;

/** An error meant for the user (bad option, unreadable input, unknown format), with the exit code it ends the CLI with. */
export class DiegesisError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_ERROR,
  ) {
    super(message);
    this.name = 'DiegesisError';
  }
}

/** A user-supplied data file (grammar, lexicon) is malformed: names the file, the place and the problem. */
export class DataFileError extends DiegesisError {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${file}: ${where}: ${problem}`);
    this.name = 'DataFileError';
  }
}
