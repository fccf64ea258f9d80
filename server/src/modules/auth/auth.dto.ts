import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { ROLES, type Role } from '@app/shared/enums';
import type {
  DemoLoginRequest,
  LoginResponse,
  LogoutRequest,
  RefreshRequest,
  SmsLoginRequest,
  SmsSendRequest,
  SmsSendResponse,
  WechatLoginRequest,
  WechatPhoneRequest,
  WechatPhoneResponse,
} from '@app/shared/api';
import { toPhone } from '../../common/transforms';
import { MeResponseDto, UserSummaryDto } from '../users/users.dto';

const PHONE_MESSAGE = '请输入正确的11位手机号';

export class DemoLoginDto implements DemoLoginRequest {
  @ApiProperty({ enum: ROLES, description: '体验的角色' })
  @IsIn(ROLES)
  role: Role;
}

export class WechatLoginDto implements WechatLoginRequest {
  @ApiProperty({ description: 'Taro.login / wx.login 得到的 code' })
  @IsString()
  @Length(1, 128)
  code: string;
}

export class WechatPhoneDto implements WechatPhoneRequest {
  @ApiProperty({ description: '手机号快速验证组件（getPhoneNumber）返回的 code' })
  @IsString()
  @Length(1, 128)
  code: string;
}

export class SmsSendDto implements SmsSendRequest {
  @ApiProperty({ example: '13800000001' })
  @Transform(toPhone)
  @IsString()
  @Matches(/^1[3-9]\d{9}$/, { message: PHONE_MESSAGE })
  phone: string;
}

export class SmsSendResponseDto implements SmsSendResponse {
  @ApiProperty({ example: 60 }) cooldownSeconds: number;
  @ApiProperty({ example: 300 }) expiresInSeconds: number;
}

export class SmsLoginDto implements SmsLoginRequest {
  @ApiProperty({ example: '13800000001' })
  @Transform(toPhone)
  @IsString()
  @Matches(/^1[3-9]\d{9}$/, { message: PHONE_MESSAGE })
  phone: string;

  @ApiProperty({ example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/, { message: '验证码为6位数字' })
  code: string;
}

export class RefreshDto implements RefreshRequest {
  @ApiProperty()
  @IsString()
  @Length(16, 128)
  refreshToken: string;
}

export class LogoutDto extends RefreshDto implements LogoutRequest {}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ description: '访问令牌（Bearer），有效期见 expiresIn' })
  accessToken: string;

  @ApiProperty({ description: '刷新令牌（每次刷新后更换，旧令牌作废）' })
  refreshToken: string;

  @ApiProperty({ description: 'accessToken 有效秒数', example: 900 })
  expiresIn: number;

  @ApiProperty({ type: () => UserSummaryDto })
  user: UserSummaryDto;

  @ApiProperty({ description: '本次登录是否新建了账号' })
  isNewUser: boolean;
}

export class WechatPhoneResponseDto extends MeResponseDto implements WechatPhoneResponse {
  @ApiProperty({
    type: () => LoginResponseDto,
    nullable: true,
    description: '手机号属于他人代为登记且未认领的账号时，微信登录转到该账号：请改用这里的令牌',
  })
  login: LoginResponseDto | null;
}
