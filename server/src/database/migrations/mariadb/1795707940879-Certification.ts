import { MigrationInterface, QueryRunner } from 'typeorm';

export class Certification1795707940879 implements MigrationInterface {
  name = 'Certification1795707940879';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE \`certifications\` (
                \`id\` varchar(36) NOT NULL,
                \`worker_id\` varchar(36) NOT NULL,
                \`enrolment_id\` varchar(36) NOT NULL,
                \`session_id\` varchar(36) NOT NULL,
                \`provider_id\` varchar(36) NOT NULL,
                \`region_code\` varchar(6) NOT NULL,
                \`brand_code\` varchar(48) NOT NULL,
                \`occupation_code\` varchar(48) NOT NULL,
                \`certificate_type\` varchar(16) NOT NULL,
                \`level\` int NULL,
                \`status\` varchar(16) NOT NULL,
                \`applied_by\` varchar(16) NOT NULL,
                \`attempt\` int NOT NULL DEFAULT '1',
                \`open_key\` varchar(160) NULL,
                \`scheduled_at\` datetime NULL,
                \`place\` varchar(100) NULL,
                \`score\` int NULL,
                \`certificate_no\` varchar(40) NULL,
                \`issuer\` varchar(60) NULL,
                \`issued_on\` varchar(10) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`ix_certifications_worker\` (\`worker_id\`),
                INDEX \`ix_certifications_session\` (\`session_id\`),
                UNIQUE INDEX \`uq_certifications_open_key\` (\`open_key\`),
                UNIQUE INDEX \`uq_certifications_certificate_no\` (\`certificate_no\`),
                INDEX \`ix_certifications_region_status\` (\`region_code\`, \`status\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`certification_events\` (
                \`id\` varchar(36) NOT NULL,
                \`certification_id\` varchar(36) NOT NULL,
                \`status\` varchar(16) NOT NULL,
                \`at\` datetime(3) NOT NULL,
                \`actor_id\` varchar(36) NOT NULL,
                \`note\` varchar(200) NULL,
                INDEX \`ix_certification_events_certification\` (\`certification_id\`, \`at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX \`ix_certification_events_certification\` ON \`certification_events\`
        `);
    await queryRunner.query(`
            DROP TABLE \`certification_events\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_certifications_region_status\` ON \`certifications\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_certifications_certificate_no\` ON \`certifications\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_certifications_open_key\` ON \`certifications\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_certifications_session\` ON \`certifications\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_certifications_worker\` ON \`certifications\`
        `);
    await queryRunner.query(`
            DROP TABLE \`certifications\`
        `);
  }
}
