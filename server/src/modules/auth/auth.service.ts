import { Injectable } from '@nestjs/common';
import type { Role } from '@app/shared/enums';
import { AppConfig } from '../../config/app-config';
import { DomainError } from '../../common/domain-error';
import { UsersService } from '../users/users.service';
import { toUserSummary } from '../users/users.dto';
import type { LoginResponseDto } from './auth.dto';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { TokenService } from './token.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly tokens: TokenService,
  ) {}

  /** Logs in as the seeded demo account of a role. Exists only in demo mode (404 otherwise). */
  async demoLogin(role: Role): Promise<LoginResponseDto> {
    if (!this.config.get('demo')) throw new DomainError('ROUTE_NOT_FOUND');
    const user = await this.users.findById(DEMO_ACCOUNTS[role].id);
    if (!user) throw new DomainError('DEMO_ACCOUNT_MISSING');
    if (user.status !== 'active') throw new DomainError('ACCOUNT_DISABLED');
    const tokens = await this.tokens.issue({
      id: user.id,
      roles: user.roles,
      regionCode: user.regionCode,
    });
    return { ...tokens, user: toUserSummary(user) };
  }
}
