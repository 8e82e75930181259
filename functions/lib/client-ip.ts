/**
 * The rate-limit bucket of a client address. One IPv6 subscriber usually gets a whole /64
 * (2^64 addresses), so counting per address would let one client pick a fresh bucket for
 * every request: IPv6 is keyed by its /64 prefix. IPv4 stays per address (NAT already
 * groups many people behind one).
 */

/** The 8 hextets of an IPv6 address (with "::" and an IPv4 tail expanded), or null if it is not one. */
export function ipv6Hextets(address: string): number[] | null {
  let text = address.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!text.includes(':')) return null;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const b = v4.slice(1).map(Number);
    if (b.some((x) => x > 255)) return null;
    text = `${text.slice(0, v4.index)}${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const part = (s: string | undefined) => (s ? s.split(':') : []);
  const head = part(halves[0]);
  const tail = part(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}

/** "ip:<IPv4 address>" or "ip6:<first four hextets>::/64"; anything unparsable is its own bucket. */
export function ipBucket(address: string | undefined): string {
  if (!address) return 'ip:unknown';
  const hextets = ipv6Hextets(address);
  if (!hextets) return `ip:${address.trim()}`;
  return `ip6:${hextets.slice(0, 4).map((h) => h.toString(16)).join(':')}::/64`;
}
