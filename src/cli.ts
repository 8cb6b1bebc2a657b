/** Where the CLI writes, and what it reads from its environment: injected for tests. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  isTTY: boolean;
}

/** Runs the command line and returns its exit code. */
export async function runCli(_argv: string[], io: CliIO): Promise<number> {
  io.stderr('audience-sync: not wired yet\n');
  return 1;
}
