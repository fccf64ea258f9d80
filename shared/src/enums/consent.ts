/**
 * The privacy notice a worker agrees to before a profile is created. Raising the version makes every
 * worker agree again (the profile records which version they accepted and when).
 */
export const PRIVACY_NOTICE_VERSION = '2026-11-v1';
