const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/**
 * A fresh key for one tap (24 characters of [A-Za-z0-9_-], as the server accepts 8–64): sending the
 * same request again with it answers with the first result instead of acting twice. Math.random is
 * enough here: the key only has to differ between one worker's taps, and older WeChat base libraries
 * have no crypto.getRandomValues.
 */
export function newIdempotencyKey(length = 24): string {
  let key = '';
  for (let i = 0; i < length; i++) key += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return key;
}
