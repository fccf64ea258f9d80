import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attendance1795704594606 implements MigrationInterface {
  name = 'Attendance1795704594606';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE \`attendance\` (
                \`id\` varchar(36) NOT NULL,
                \`lesson_id\` varchar(36) NOT NULL,
                \`session_id\` varchar(36) NOT NULL,
                \`worker_id\` varchar(36) NOT NULL,
                \`status\` varchar(16) NOT NULL,
                \`method\` varchar(16) NOT NULL,
                \`marked_by\` varchar(36) NOT NULL,
                \`marked_at\` datetime(6) NOT NULL,
                \`mutation_id\` varchar(64) NULL,
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`ix_attendance_session\` (\`session_id\`),
                UNIQUE INDEX \`uq_attendance_mutation\` (\`mutation_id\`),
                UNIQUE INDEX \`uq_attendance_lesson_worker\` (\`lesson_id\`, \`worker_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX \`uq_attendance_lesson_worker\` ON \`attendance\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_attendance_mutation\` ON \`attendance\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_attendance_session\` ON \`attendance\`
        `);
    await queryRunner.query(`
            DROP TABLE \`attendance\`
        `);
  }
}
