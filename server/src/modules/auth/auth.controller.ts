import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/public.decorator';
import { DemoLoginDto, LoginResponseDto } from './auth.dto';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('demo')
  @HttpCode(200)
  @ApiOperation({
    summary: '体验登录（仅演示模式）',
    description: '以某一角色的演示账号登录；DEMO 关闭时返回 404。',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  demoLogin(@Body() dto: DemoLoginDto): Promise<LoginResponseDto> {
    return this.auth.demoLogin(dto.role);
  }
}
