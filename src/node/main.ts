/** Entry of the `ita-sheets` binary. */
import * as path from 'path';
import { runCli } from './cli';
import { consoleOut } from './cliFormat';

const sampleDir = path.join(__dirname, '..', 'samples');

// `ita-sheets check … | head` closes the pipe early: stop quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(process.argv.slice(2), { out: consoleOut, sampleDir }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only bugs reach here: say so plainly, without a stack trace unless asked for.
    process.stderr.write(`ita-sheets: เกิดข้อผิดพลาดภายในโปรแกรม (internal error): ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.ITA_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    process.exitCode = 3;
  },
);
