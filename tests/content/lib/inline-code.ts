/**
 * Whether every inline code span closes: a run of N backticks opens a span that only a later
 * run of exactly N closes (CommonMark), else the learner sees a raw ` and code-less text.
 */
export function balancedBackticks(text: string): boolean {
  const runs = [...text.matchAll(/`+/g)].map((m) => m[0].length);
  while (runs.length) {
    const close = runs.indexOf(runs[0] as number, 1);
    if (close < 0) return false;
    runs.splice(0, close + 1);
  }
  return true;
}
