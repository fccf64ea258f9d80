import { MigrationInterface, QueryRunner } from 'typeorm';

export class Enrolment1795703244169 implements MigrationInterface {
  name = 'Enrolment1795703244169';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "enrolments" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "session_id" varchar(36) NOT NULL,
                "worker_id" varchar(36) NOT NULL,
                "status" varchar(16) NOT NULL,
                "priority" integer NOT NULL DEFAULT (0),
                "queued_at" datetime(6) NOT NULL,
                "idempotency_key" varchar(64),
                "promoted_at" datetime,
                "cancelled_at" datetime,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_enrolments_worker" ON "enrolments" ("worker_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_enrolments_waitlist" ON "enrolments" (
                "session_id",
                "status",
                "priority",
                "queued_at",
                "id"
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_enrolments_session_worker" ON "enrolments" ("session_id", "worker_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "kind" varchar(32) NOT NULL,
                "dedupe_key" varchar(128) NOT NULL,
                "title" varchar(64) NOT NULL,
                "body" varchar(300) NOT NULL,
                "link" varchar(200),
                "status" varchar(16) NOT NULL DEFAULT ('pending'),
                "read_at" datetime,
                "created_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notifications_dedupe_key" ON "notifications" ("dedupe_key")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "ix_notifications_user_created"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_notifications_dedupe_key"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_enrolments_session_worker"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_enrolments_waitlist"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_enrolments_worker"
        `);
    await queryRunner.query(`
            DROP TABLE "enrolments"
        `);
  }
}
