import { Module } from '@nestjs/common';
import { TrainingModule } from '../training/training.module';
import { BrandsController } from './brands.controller';
import { BrandsService } from './brands.service';

@Module({ imports: [TrainingModule], controllers: [BrandsController], providers: [BrandsService] })
export class BrandsModule {}
