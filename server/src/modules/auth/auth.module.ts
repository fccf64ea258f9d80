import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SmsModule } from '../sms/sms.module';
import { UsersModule } from '../users/users.module';
import { WechatModule } from '../wechat/wechat.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtAuthGuard } from './jwt-auth.guard';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SmsCodeEntity, SmsThrottleEntity } from './sms-code.entity';
import { SmsCodeService } from './sms-code.service';
import { TokenService } from './token.service';

@Module({
  imports: [
    JwtModule.register({}),
    TypeOrmModule.forFeature([RefreshTokenEntity, SmsCodeEntity, SmsThrottleEntity]),
    UsersModule,
    WechatModule,
    SmsModule,
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    TokenService,
    SmsCodeService,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [TokenService],
})
export class AuthModule {}
