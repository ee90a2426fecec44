// Where a download may connect. URLs come from pull requests (a config's weights, a server's redirect),
// so without a guard a download could reach the runner's own services or the cloud metadata endpoint
// (169.254.169.254). Loopback, private, link-local, shared (CGNAT), unspecified, multicast and reserved
// addresses are refused, IPv4 and IPv6 alike (IPv4-mapped, -compatible and NAT64 forms are unwrapped).
// The check runs on the addresses a name resolves to, inside the request's own `lookup`, so the address
// checked is the address dialled (a second DNS answer cannot swap it: no rebinding).
import dns, { type LookupAddress } from 'node:dns';
import net from 'node:net';

/** IPv4 ranges that no download may reach: [first octets as a 32-bit number, prefix length, what it is]. */
const V4: [number, number, string][] = [
  [0x00000000, 8, 'a "this network" address (0.0.0.0/8)'],
  [0x0a000000, 8, 'a private address (10.0.0.0/8)'],
  [0x64400000, 10, 'a shared (carrier-grade NAT) address (100.64.0.0/10)'],
  [0x7f000000, 8, 'a loopback address (127.0.0.0/8)'],
  [0xa9fe0000, 16, 'a link-local address (169.254.0.0/16, where cloud metadata services answer)'],
  [0xac100000, 12, 'a private address (172.16.0.0/12)'],
  [0xc0a80000, 16, 'a private address (192.168.0.0/16)'],
  [0xe0000000, 4, 'a multicast address (224.0.0.0/4)'],
  [0xf0000000, 4, 'a reserved or broadcast address (240.0.0.0/4)'],
];

function v4Number(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function v4Range(ip: string): string | undefined {
  const n = v4Number(ip);
  for (const [base, bits, what] of V4) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if (((n & mask) >>> 0) === base) return what;
  }
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part becomes the last two). */
function v6Groups(ip: string): number[] {
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(ip)?.[1];
  const n = dotted ? v4Number(dotted) : 0;
  const text = dotted ? `${ip.slice(0, -dotted.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}` : ip;
  const parse = (s: string | undefined) => (s ? s.split(':').map((h) => parseInt(h, 16)) : []);
  if (!text.includes('::')) return parse(text);
  const [head, tail] = text.split('::');
  const a = parse(head);
  const b = parse(tail);
  return [...a, ...new Array<number>(8 - a.length - b.length).fill(0), ...b];
}

function v6Range(ip: string): string | undefined {
  const g = v6Groups(ip);
  // A valid IPv6 address has eight groups; a missing one reads as 0.
  const [g0 = 0, g1 = 0, g2 = 0, , , g5 = 0, g6 = 0, g7 = 0] = g;
  const embedded = (hi: number, lo: number) => `${hi >>> 8}.${hi & 0xff}.${lo >>> 8}.${lo & 0xff}`;
  const zeroes = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeroes(0, 8)) return 'the unspecified address (::)';
  if (zeroes(0, 7) && g7 === 1) return 'a loopback address (::1)';
  if (zeroes(0, 5) && g5 === 0xffff) return wrapped('an IPv4-mapped address', embedded(g6, g7));
  if (zeroes(0, 6)) return wrapped('an IPv4-compatible address', embedded(g6, g7));
  if (g0 === 0x64 && g1 === 0xff9b && zeroes(2, 6)) return wrapped('a NAT64 address', embedded(g6, g7));
  if (g0 === 0x2002) return wrapped('a 6to4 address', embedded(g1, g2));
  if ((g0 & 0xfe00) === 0xfc00) return 'a unique local (private) address (fc00::/7)';
  if ((g0 & 0xffc0) === 0xfe80) return 'a link-local address (fe80::/10)';
  if ((g0 & 0xffc0) === 0xfec0) return 'a site-local (private) address (fec0::/10)';
  if ((g0 & 0xff00) === 0xff00) return 'a multicast address (ff00::/8)';
  return undefined;
}

function wrapped(form: string, v4: string): string | undefined {
  const inner = v4Range(v4);
  return inner ? `${form} for ${v4}, ${inner}` : undefined;
}

/**
 * Why a download may not connect to `address` (an IP literal, IPv6 with or without brackets or a zone),
 * e.g. 'a loopback address (127.0.0.0/8)'; undefined when it may. Anything that is not an IP address is refused.
 */
export function forbiddenRange(address: string): string | undefined {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = net.isIP(ip);
  if (family === 4) return v4Range(ip);
  if (family === 6) return v6Range(ip.toLowerCase());
  return 'not an IP address';
}

/** A connection refused by the guard: the host as named, the address it came to, and why. */
export class AddressRefused extends Error {
  constructor(readonly host: string, readonly address: string, readonly range: string) {
    super(net.isIP(host.replace(/^\[|\]$/g, '')) ? `${address} is ${range}` : `${host} resolves to ${address}, ${range}`);
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request that resolves `hostname` once, refuses it when any of its addresses is
 * in a forbidden range, and hands the checked addresses to the connection (so they are the ones dialled).
 * IP literals never reach a lookup: check them with `forbiddenRange` before the request.
 */
export function guardedLookup(): net.LookupFunction {
  const lookup = (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { family: options.family, hints: options.hints, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const [first] = addresses;
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
      for (const a of addresses) {
        const why = forbiddenRange(a.address);
        if (why) return callback(new AddressRefused(hostname, a.address, why), []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, first.address, first.family);
    });
  };
  return lookup;
}
