// Each bench also runs alone (`npx tsx bench/<stage>-bench.ts`): when its module is the entry point, run it, print
// the result as JSON on stdout, or one line on stderr and a non-zero exit when it fails.
import { fileURLToPath } from 'node:url';

export function isEntry(moduleUrl: string): boolean {
  return Boolean(process.argv[1]) && fileURLToPath(moduleUrl) === process.argv[1];
}

export function runStandalone(name: string, work: () => Promise<unknown>): void {
  work().then(
    (r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`),
    (err: unknown) => {
      process.stderr.write(`${name} bench failed: ${(err as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
