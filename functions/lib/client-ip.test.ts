import { describe, expect, it } from 'vitest';
import { ipBucket, ipv6Hextets } from './client-ip';

describe('rate-limit buckets by client address', () => {
  it('expands IPv6 forms to 8 hextets', () => {
    expect(ipv6Hextets('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Hextets('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Hextets('::ffff:192.0.2.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201]);
    expect(ipv6Hextets('203.0.113.9')).toBeNull();
    expect(ipv6Hextets('1:2:3:4:5:6:7:8:9')).toBeNull();
    expect(ipv6Hextets('2001:db8::g')).toBeNull();
    expect(ipv6Hextets('1::2::3')).toBeNull();
  });

  it('puts every address of one IPv6 /64 in one bucket, whatever its spelling', () => {
    const a = ipBucket('2001:db8:1:2:aaaa:bbbb:cccc:dddd');
    expect(a).toBe('ip6:2001:db8:1:2::/64');
    expect(ipBucket('2001:0DB8:0001:0002::1')).toBe(a);
    expect(ipBucket('[2001:db8:1:2::ffff]')).toBe(a);
    expect(ipBucket('2001:db8:1:3::1')).not.toBe(a);
  });

  it('keeps IPv4 per address', () => {
    expect(ipBucket('203.0.113.9')).toBe('ip:203.0.113.9');
    expect(ipBucket('203.0.113.10')).not.toBe(ipBucket('203.0.113.9'));
    expect(ipBucket(undefined)).toBe('ip:unknown');
  });
});
