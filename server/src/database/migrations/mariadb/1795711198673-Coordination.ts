import { MigrationInterface, QueryRunner } from 'typeorm';

export class Coordination1795711198673 implements MigrationInterface {
  name = 'Coordination1795711198673';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE \`rate_limits\` (
                \`limit_key\` varchar(160) NOT NULL,
                \`window_no\` int NOT NULL,
                \`hits\` int NOT NULL,
                PRIMARY KEY (\`limit_key\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`job_leases\` (
                \`name\` varchar(64) NOT NULL,
                \`holder\` varchar(64) NOT NULL,
                \`expires_at\` datetime(3) NOT NULL,
                PRIMARY KEY (\`name\`)
            ) ENGINE = InnoDB
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE \`job_leases\`
        `);
    await queryRunner.query(`
            DROP TABLE \`rate_limits\`
        `);
  }
}
