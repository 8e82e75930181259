/**
 * The chronological split the module uses (train 70%, validation 15%, test 15%: 2,800 / 600 / 600
 * of 4,000 hours): every period is later than the one before, never shuffled across.
 */

/** Where a period starts and ends in the series (end exclusive), in steps. */
export interface Period { name: 'train' | 'validation' | 'test'; start: number; end: number }

/** The module's fractions for the first two periods; the test period gets the rest. */
export const SPLIT_FRACTIONS = { train: 0.7, validation: 0.15 } as const;

/** Splits `length` steps into train, validation and test periods, in time order. */
export function chronologicalSplit(length: number): [Period, Period, Period] {
  const trainEnd = Math.round(length * SPLIT_FRACTIONS.train);
  const validationEnd = trainEnd + Math.round(length * SPLIT_FRACTIONS.validation);
  return [
    { name: 'train', start: 0, end: trainEnd },
    { name: 'validation', start: trainEnd, end: validationEnd },
    { name: 'test', start: validationEnd, end: length },
  ];
}
