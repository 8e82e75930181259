import { spawnSync } from 'node:child_process';

/**
 * Parses many Python sources with one python3 process (`ast.parse`), JSON in and out.
 * Returns, per source, null when it parses or "line N: message" when it does not.
 */
const SCRIPT = `
import ast, json, sys
results = []
for source in json.load(sys.stdin):
    try:
        ast.parse(source)
        results.append(None)
    except SyntaxError as error:
        results.append({"line": error.lineno or 0, "message": error.msg})
json.dump(results, sys.stdout)
`;

export interface PythonSyntaxError {
  line: number;
  message: string;
}

export function parsePython(sources: string[]): (PythonSyntaxError | null)[] {
  const run = spawnSync('python3', ['-c', SCRIPT], { input: JSON.stringify(sources), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`could not start python3 (needed to parse listings): ${run.error.message}`);
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as (PythonSyntaxError | null)[];
  if (results.length !== sources.length) throw new Error(`python3 returned ${results.length} results for ${sources.length} listings`);
  return results;
}
