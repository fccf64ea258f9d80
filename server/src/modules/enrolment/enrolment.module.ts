import { Module } from '@nestjs/common';
import { TrainingModule } from '../training/training.module';
import { EnrolmentController } from './enrolment.controller';
import { EnrolmentService } from './enrolment.service';

@Module({
  imports: [TrainingModule],
  controllers: [EnrolmentController],
  providers: [EnrolmentService],
})
export class EnrolmentModule {}
