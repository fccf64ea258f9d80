import { MigrationInterface, QueryRunner } from 'typeorm';

export class Geofence1795705665278 implements MigrationInterface {
  name = 'Geofence1795705665278';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE \`training_sessions\`
            ADD \`geofence_radius_m\` int NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE \`training_sessions\` DROP COLUMN \`geofence_radius_m\`
        `);
  }
}
