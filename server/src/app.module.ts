import type { IncomingMessage } from 'node:http';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { PiiCipher } from './common/pii-cipher';
import { SpaFallback } from './common/spa-fallback';
import { AppConfig } from './config/app-config';
import { buildDataSourceOptions } from './database/data-source-options';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { AttendanceModule } from './modules/attendance/attendance.module';
import { CertificationModule } from './modules/certification/certification.module';
import { CoordinationModule } from './modules/coordination/coordination.module';
import { BrandsModule } from './modules/brands/brands.module';
import { EnrolmentModule } from './modules/enrolment/enrolment.module';
import { FairsModule } from './modules/fairs/fairs.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { RecommendationsModule } from './modules/recommendations/recommendations.module';
import { StaffModule } from './modules/staff/staff.module';
import { TrainingModule } from './modules/training/training.module';
import { WorkersModule } from './modules/workers/workers.module';
import { HealthModule } from './modules/health/health.module';
import { UsersModule } from './modules/users/users.module';

import { requestIdFor } from './common/request-id';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.get('logLevel'),
            // Fastify assigns the id (common/request-id.ts) and exposes it on the raw request.
            genReqId: (req: IncomingMessage & { id?: unknown }) =>
              typeof req.id === 'string' ? req.id : requestIdFor(req),
            customProps: () => ({ service: 'labor-brand-server' }),
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            // Probes are not logged. Middleware mounted on a path sees req.url without that path,
            // so the full path is in originalUrl.
            autoLogging: {
              ignore: (req: IncomingMessage & { originalUrl?: string }) =>
                (req.originalUrl ?? req.url ?? '').startsWith('/health'),
            },
          },
        }),
        TypeOrmModule.forRoot({
          ...buildDataSourceOptions(config.get('database')),
          // Fail the boot quickly instead of retrying for minutes when the database is down.
          retryAttempts: 1,
          retryDelay: 500,
        }),
        CoordinationModule,
        HealthModule,
        UsersModule,
        AuthModule,
        AuditModule,
        WorkersModule,
        OrganisationsModule,
        StaffModule,
        TrainingModule,
        BrandsModule,
        CertificationModule,
        NotificationsModule,
        EnrolmentModule,
        AttendanceModule,
        JobsModule,
        RecommendationsModule,
        FairsModule,
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: SpaFallback, useValue: new SpaFallback(config.get('http').webRoot) },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        PiiCipher,
      ],
      exports: [AppConfig, PiiCipher],
    };
  }
}
