import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../auth/auth-user';
import { MeResponseDto, UpdateMeDto } from './users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('me')
  @ApiOperation({ summary: '当前登录用户' })
  @ApiOkResponse({ type: MeResponseDto })
  me(@CurrentUser() auth: AuthUser): Promise<MeResponseDto> {
    return this.users.me(auth);
  }

  @Patch('me')
  @ApiOperation({ summary: '修改当前用户的显示名称' })
  @ApiOkResponse({ type: MeResponseDto })
  updateMe(@CurrentUser() auth: AuthUser, @Body() dto: UpdateMeDto): Promise<MeResponseDto> {
    return this.users.updateMe(auth, dto);
  }
}
