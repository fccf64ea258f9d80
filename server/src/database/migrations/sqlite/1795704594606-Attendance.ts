import { MigrationInterface, QueryRunner } from 'typeorm';

export class Attendance1795704594606 implements MigrationInterface {
  name = 'Attendance1795704594606';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "attendance" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "lesson_id" varchar(36) NOT NULL,
                "session_id" varchar(36) NOT NULL,
                "worker_id" varchar(36) NOT NULL,
                "status" varchar(16) NOT NULL,
                "method" varchar(16) NOT NULL,
                "marked_by" varchar(36) NOT NULL,
                "marked_at" datetime(6) NOT NULL,
                "mutation_id" varchar(64),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_attendance_session" ON "attendance" ("session_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_attendance_mutation" ON "attendance" ("mutation_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_attendance_lesson_worker" ON "attendance" ("lesson_id", "worker_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "uq_attendance_lesson_worker"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_attendance_mutation"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_attendance_session"
        `);
    await queryRunner.query(`
            DROP TABLE "attendance"
        `);
  }
}
