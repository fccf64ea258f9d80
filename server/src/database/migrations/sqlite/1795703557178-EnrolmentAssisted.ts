import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnrolmentAssisted1795703557178 implements MigrationInterface {
  name = 'EnrolmentAssisted1795703557178';

  public async up(queryRunner: QueryRunner): Promise<void> {
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
            CREATE TABLE "temporary_enrolments" (
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
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "assisted_by" varchar(36),
                "assist_reason" varchar(200)
            )
        `);
    await queryRunner.query(`
            INSERT INTO "temporary_enrolments"(
                    "id",
                    "session_id",
                    "worker_id",
                    "status",
                    "priority",
                    "queued_at",
                    "idempotency_key",
                    "promoted_at",
                    "cancelled_at",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "session_id",
                "worker_id",
                "status",
                "priority",
                "queued_at",
                "idempotency_key",
                "promoted_at",
                "cancelled_at",
                "created_at",
                "updated_at"
            FROM "enrolments"
        `);
    await queryRunner.query(`
            DROP TABLE "enrolments"
        `);
    await queryRunner.query(`
            ALTER TABLE "temporary_enrolments"
                RENAME TO "enrolments"
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_enrolments_session_worker" ON "enrolments" ("session_id", "worker_id")
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
            CREATE INDEX "ix_enrolments_worker" ON "enrolments" ("worker_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "ix_enrolments_worker"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_enrolments_waitlist"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_enrolments_session_worker"
        `);
    await queryRunner.query(`
            ALTER TABLE "enrolments"
                RENAME TO "temporary_enrolments"
        `);
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
            INSERT INTO "enrolments"(
                    "id",
                    "session_id",
                    "worker_id",
                    "status",
                    "priority",
                    "queued_at",
                    "idempotency_key",
                    "promoted_at",
                    "cancelled_at",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "session_id",
                "worker_id",
                "status",
                "priority",
                "queued_at",
                "idempotency_key",
                "promoted_at",
                "cancelled_at",
                "created_at",
                "updated_at"
            FROM "temporary_enrolments"
        `);
    await queryRunner.query(`
            DROP TABLE "temporary_enrolments"
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
  }
}
