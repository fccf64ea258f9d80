import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from './domain-error';

/** A path id that is not a UUID names nothing: 404, like any id that does not exist. */
export const UUID_PARAM = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError('NOT_FOUND'),
});
