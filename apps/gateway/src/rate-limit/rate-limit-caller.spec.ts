import { Role } from '@buurtvolk/identity';
import { addressKey, rateLimitCaller } from './rate-limit-caller';

describe('whose bucket a request draws from', () => {
  it('is the subject of a signed-in caller, wherever they call from', () => {
    const identity = { subject: 'user-1', role: Role.VOLUNTEER, teamIds: [] };
    expect(rateLimitCaller(identity, '192.0.2.1')).toEqual({ key: 'subject:user-1', anonymous: false });
    expect(rateLimitCaller(identity, '192.0.2.2')).toEqual({ key: 'subject:user-1', anonymous: false });
  });

  it('is the address of an anonymous caller', () => {
    expect(rateLimitCaller(null, '192.0.2.1')).toEqual({ key: 'address:192.0.2.1', anonymous: true });
  });

  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['::1', '0:0:0:0::/64'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
    [undefined, 'unknown'],
    ['not an address', 'unknown'],
  ])('keys %s as %s (IPv6 by its /64, as one host gets a whole /64)', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });
});
