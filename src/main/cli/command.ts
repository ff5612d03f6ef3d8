/** One `gazette` subcommand: its argument synopsis, a one-line summary, and a run that returns the exit code. */
export interface CliCommand {
  usage: string;
  summary: string;
  run(args: readonly string[]): Promise<number>;
}
