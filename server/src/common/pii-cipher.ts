import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

export interface SealedValue {
  /** base64 of iv (12 bytes) ‖ auth tag (16 bytes) ‖ ciphertext. */
  ciphertext: string;
  keyId: string;
}

/**
 * Personal data at rest: AES-256-GCM with the configured key (its id stored beside the ciphertext so
 * keys can be rotated: old ids stay readable through PII_PREVIOUS_KEYS), and a keyed HMAC-SHA256 for
 * look-ups such as "is this ID number already registered" without decrypting anything.
 */
@Injectable()
export class PiiCipher {
  constructor(private readonly config: AppConfig) {}

  seal(plain: string): SealedValue {
    const { encryptionKey, encryptionKeyId } = this.config.get('pii');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return {
      ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64'),
      keyId: encryptionKeyId,
    };
  }

  open(sealed: SealedValue): string {
    const key = this.config.get('pii').decryptionKeys.get(sealed.keyId);
    if (!key) throw new Error(`PII key ${sealed.keyId} is not configured (PII_PREVIOUS_KEYS)`);
    const raw = Buffer.from(sealed.ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  /** Keyed hash (hex) for equality look-ups; the purpose keeps hashes of different kinds apart. */
  hash(purpose: string, value: string): string {
    return createHmac('sha256', this.config.get('pii').hashKey)
      .update(`${purpose}\u0000${value}`)
      .digest('hex');
  }
}
