import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ROLES, type Role } from '@app/shared/enums';
import type { DemoLoginRequest, LoginResponse } from '@app/shared/api';
import { UserSummaryDto } from '../users/users.dto';

export class DemoLoginDto implements DemoLoginRequest {
  @ApiProperty({ enum: ROLES, description: '体验的角色' })
  @IsIn(ROLES)
  role: Role;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ description: '访问令牌（Bearer），有效期见 expiresIn' })
  accessToken: string;

  @ApiProperty({ description: '刷新令牌' })
  refreshToken: string;

  @ApiProperty({ description: 'accessToken 有效秒数', example: 900 })
  expiresIn: number;

  @ApiProperty({ type: () => UserSummaryDto })
  user: UserSummaryDto;
}
