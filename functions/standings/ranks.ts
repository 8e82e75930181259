/**
 * Competition ranks ("1224") for a list sorted best first that starts at the top of the board:
 * a row tied with the one before it (same rkey) shares its rank, the next row's rank counts
 * every row ahead of it. Correct because everything ahead of a top-list row is in the list.
 */
export function withRanks<T extends { rkey: number }>(rows: T[]): (Omit<T, 'rkey'> & { rank: number })[] {
  let rank = 0;
  return rows.map(({ rkey, ...rest }, i) => {
    if (i === 0 || rkey !== rows[i - 1]!.rkey) rank = i + 1;
    return { ...rest, rank };
  });
}
