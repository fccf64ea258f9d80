import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployerEntity } from './employer.entity';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { ProviderInviteEntity } from './provider-invite.entity';
import { TrainingProviderEntity } from './training-provider.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([EmployerEntity, TrainingProviderEntity, ProviderInviteEntity]),
  ],
  controllers: [OrganisationsController],
  providers: [OrganisationsService],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
