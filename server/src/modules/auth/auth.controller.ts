import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '../../common/public.decorator';
import {
  DemoLoginDto,
  LoginResponseDto,
  LogoutDto,
  RefreshDto,
  SmsLoginDto,
  SmsSendDto,
  SmsSendResponseDto,
  WechatLoginDto,
  WechatPhoneDto,
  WechatPhoneResponseDto,
} from './auth.dto';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from './auth-user';
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

  @Public()
  @Post('wechat')
  @HttpCode(200)
  @ApiOperation({
    summary: '微信登录',
    description: '用 wx.login 的 code 换取登录态；新用户自动注册为劳动者。',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  wechatLogin(@Body() dto: WechatLoginDto): Promise<LoginResponseDto> {
    return this.auth.wechatLogin(dto.code);
  }

  @Post('wechat/phone')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: '绑定微信手机号',
    description: '手机号已被其他账号绑定时返回 409 PHONE_TAKEN。',
  })
  @ApiOkResponse({ type: WechatPhoneResponseDto })
  bindPhone(
    @CurrentUser() user: AuthUser,
    @Body() dto: WechatPhoneDto,
  ): Promise<WechatPhoneResponseDto> {
    return this.auth.bindWechatPhone(user.id, dto.code);
  }

  @Public()
  @Post('sms/send')
  @HttpCode(200)
  @ApiOperation({
    summary: '发送短信验证码',
    description: '6位数字，5分钟有效；同一手机号60秒内一次、每天最多10次，同一IP每小时有上限。',
  })
  @ApiOkResponse({ type: SmsSendResponseDto })
  sendSms(@Body() dto: SmsSendDto, @Meta() meta: RequestMeta): Promise<SmsSendResponseDto> {
    return this.auth.sendSmsCode(dto.phone, meta.ip);
  }

  @Public()
  @Post('sms/login')
  @HttpCode(200)
  @ApiOperation({
    summary: '短信验证码登录',
    description: '输错5次验证码作废。新手机号自动注册为劳动者。',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  smsLogin(@Body() dto: SmsLoginDto): Promise<LoginResponseDto> {
    return this.auth.smsLogin(dto.phone, dto.code);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: '刷新登录态',
    description: '刷新令牌只能用一次；重复使用已换过的令牌会使该登录的所有令牌失效。',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  refresh(@Body() dto: RefreshDto): Promise<LoginResponseDto> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: '退出登录', description: '作废该登录的刷新令牌。' })
  @ApiNoContentResponse()
  logout(@Body() dto: LogoutDto): Promise<void> {
    return this.auth.logout(dto.refreshToken);
  }
}
