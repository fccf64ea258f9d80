import { Module } from '@nestjs/common';
import { AttendanceController } from './attendance.controller';
import { AttendanceService } from './attendance.service';
import { CompletionSweepService } from './completion-sweep.service';

@Module({
  controllers: [AttendanceController],
  providers: [AttendanceService, CompletionSweepService],
  exports: [AttendanceService],
})
export class AttendanceModule {}
