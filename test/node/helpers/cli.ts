import * as path from 'path';
import { runCli } from '../../../src/node/cli';

export const ROOT = path.join(__dirname, '..', '..', '..');

/** Runs the command line in-process and collects what it prints. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(argv, {
    out: { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) },
    sampleDir: path.join(ROOT, 'samples'),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}
