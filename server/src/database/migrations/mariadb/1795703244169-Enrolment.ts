import { MigrationInterface, QueryRunner } from 'typeorm';

export class Enrolment1795703244169 implements MigrationInterface {
  name = 'Enrolment1795703244169';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE \`enrolments\` (
                \`id\` varchar(36) NOT NULL,
                \`session_id\` varchar(36) NOT NULL,
                \`worker_id\` varchar(36) NOT NULL,
                \`status\` varchar(16) NOT NULL,
                \`priority\` int NOT NULL DEFAULT '0',
                \`queued_at\` datetime(6) NOT NULL,
                \`idempotency_key\` varchar(64) NULL,
                \`promoted_at\` datetime NULL,
                \`cancelled_at\` datetime NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`ix_enrolments_worker\` (\`worker_id\`),
                INDEX \`ix_enrolments_waitlist\` (
                    \`session_id\`,
                    \`status\`,
                    \`priority\`,
                    \`queued_at\`,
                    \`id\`
                ),
                UNIQUE INDEX \`uq_enrolments_session_worker\` (\`session_id\`, \`worker_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`notifications\` (
                \`id\` varchar(36) NOT NULL,
                \`user_id\` varchar(36) NOT NULL,
                \`kind\` varchar(32) NOT NULL,
                \`dedupe_key\` varchar(128) NOT NULL,
                \`title\` varchar(64) NOT NULL,
                \`body\` varchar(300) NOT NULL,
                \`link\` varchar(200) NULL,
                \`status\` varchar(16) NOT NULL DEFAULT 'pending',
                \`read_at\` datetime NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_notifications_dedupe_key\` (\`dedupe_key\`),
                INDEX \`ix_notifications_user_created\` (\`user_id\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX \`ix_notifications_user_created\` ON \`notifications\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_notifications_dedupe_key\` ON \`notifications\`
        `);
    await queryRunner.query(`
            DROP TABLE \`notifications\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_enrolments_session_worker\` ON \`enrolments\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_enrolments_waitlist\` ON \`enrolments\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_enrolments_worker\` ON \`enrolments\`
        `);
    await queryRunner.query(`
            DROP TABLE \`enrolments\`
        `);
  }
}
