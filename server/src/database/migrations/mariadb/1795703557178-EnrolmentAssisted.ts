import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnrolmentAssisted1795703557178 implements MigrationInterface {
  name = 'EnrolmentAssisted1795703557178';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE \`enrolments\`
            ADD \`assisted_by\` varchar(36) NULL
        `);
    await queryRunner.query(`
            ALTER TABLE \`enrolments\`
            ADD \`assist_reason\` varchar(200) NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE \`enrolments\` DROP COLUMN \`assist_reason\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`enrolments\` DROP COLUMN \`assisted_by\`
        `);
  }
}
