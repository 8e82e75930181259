/**
 * Summaries for bench:train:accuracy. A run's final test accuracy varies by a few tenths of a
 * point with the random initialisation and shuffling, so the recipe's accuracy is a distribution:
 * these give its mean and spread per arm, and how far apart two arms' means are in standard errors.
 */

/** Final test accuracies (fractions in [0, 1]) of one arm's runs. */
export interface ArmSummary { runs: number; finals: number[]; mean: number; sd: number; atLeastTarget: number; target: number }

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Sample variance (n - 1 in the denominator); 0 for fewer than two values. */
function variance(xs: number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  return xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
}

/** Mean, sample standard deviation and how many runs reached `target`; throws on no runs. */
export function summariseArm(finals: number[], target: number): ArmSummary {
  if (finals.length === 0) throw new Error('An arm needs at least one run to summarise.');
  return { runs: finals.length, finals, mean: mean(finals), sd: Math.sqrt(variance(finals)), atLeastTarget: finals.filter((x) => x >= target).length, target };
}

/**
 * Welch's unequal-variance t statistic of mean(a) - mean(b) and its Welch-Satterthwaite degrees
 * of freedom (B. L. Welch, Biometrika 34, 1947). Needs two or more values per side; null when
 * both sides have no spread (t is undefined then).
 */
export function welchT(a: number[], b: number[]): { difference: number; t: number; df: number } | null {
  if (a.length < 2 || b.length < 2) throw new Error('Welch\'s t needs at least two runs per arm.');
  const [sa, sb] = [variance(a) / a.length, variance(b) / b.length];
  if (sa + sb === 0) return null;
  const difference = mean(a) - mean(b);
  return { difference, t: difference / Math.sqrt(sa + sb), df: (sa + sb) ** 2 / (sa ** 2 / (a.length - 1) + sb ** 2 / (b.length - 1)) };
}
