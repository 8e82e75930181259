/** Random secrets and their SHA-256 digests (only digests are stored). */

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bearer token: "tfk_" + 256 random bits. */
export function newToken(): string {
  return `tfk_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
}

/** Recovery code: 100 random bits as 4 groups of 5 Crockford base32 characters, easy to copy by hand. */
export function newRecoveryCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  const chars = Array.from(bytes, (b) => CROCKFORD[b & 31]).join('');
  return chars.match(/.{5}/g)!.join('-');
}

/** Case, spaces and hyphens do not matter when a recovery code is typed back in. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

export async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
