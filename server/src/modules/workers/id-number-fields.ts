import { maskIdNumber, validateIdNumber } from '@app/shared/validators';
import { DomainError } from '../../common/domain-error';
import type { PiiCipher } from '../../common/pii-cipher';
import type { WorkerProfileEntity } from './worker-profile.entity';

/** Keeps keyed hashes of ID numbers apart from other hashed values. */
export const ID_HASH_PURPOSE = 'id-number';

/**
 * What a profile stores for an ID number: sealed (AES-GCM with its key id), a keyed hash for the
 * one-ID-one-worker check, the masked form, and the gender and birth date it encodes.
 */
export function idNumberFields(pii: PiiCipher, idNumber: string): Partial<WorkerProfileEntity> {
  const parsed = validateIdNumber(idNumber);
  if (!parsed.ok) throw new DomainError('VALIDATION_FAILED', parsed.message);
  const sealed = pii.seal(parsed.normalized);
  return {
    idNumberCipher: sealed.ciphertext,
    idNumberKeyId: sealed.keyId,
    idNumberHash: pii.hash(ID_HASH_PURPOSE, parsed.normalized),
    idNumberMasked: maskIdNumber(parsed.normalized),
    gender: parsed.gender,
    birthDate: parsed.birthDate,
  };
}
