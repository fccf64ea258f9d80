import { MigrationInterface, QueryRunner } from 'typeorm';

export class Geofence1795705665278 implements MigrationInterface {
  name = 'Geofence1795705665278';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "ix_sessions_status_start"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_sessions_brand_start"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_sessions_region_start"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_sessions_provider"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_sessions_course"
        `);
    await queryRunner.query(`
            CREATE TABLE "temporary_training_sessions" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "course_id" varchar(36) NOT NULL,
                "provider_id" varchar(36) NOT NULL,
                "brand_code" varchar(48) NOT NULL,
                "occupation_code" varchar(48) NOT NULL,
                "title" varchar(64) NOT NULL,
                "region_code" varchar(6) NOT NULL,
                "address" varchar(200) NOT NULL,
                "latitude" double,
                "longitude" double,
                "start_date" varchar(10) NOT NULL,
                "end_date" varchar(10) NOT NULL,
                "enrol_opens_at" varchar(10) NOT NULL,
                "enrol_closes_at" varchar(10) NOT NULL,
                "capacity" integer NOT NULL,
                "seats_taken" integer NOT NULL DEFAULT (0),
                "subsidised" boolean NOT NULL DEFAULT (1),
                "min_attendance_rate" double NOT NULL,
                "status" varchar(16) NOT NULL DEFAULT ('scheduled'),
                "is_demo" boolean NOT NULL DEFAULT (0),
                "created_by" varchar(36) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "geofence_radius_m" integer
            )
        `);
    await queryRunner.query(`
            INSERT INTO "temporary_training_sessions"(
                    "id",
                    "course_id",
                    "provider_id",
                    "brand_code",
                    "occupation_code",
                    "title",
                    "region_code",
                    "address",
                    "latitude",
                    "longitude",
                    "start_date",
                    "end_date",
                    "enrol_opens_at",
                    "enrol_closes_at",
                    "capacity",
                    "seats_taken",
                    "subsidised",
                    "min_attendance_rate",
                    "status",
                    "is_demo",
                    "created_by",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "course_id",
                "provider_id",
                "brand_code",
                "occupation_code",
                "title",
                "region_code",
                "address",
                "latitude",
                "longitude",
                "start_date",
                "end_date",
                "enrol_opens_at",
                "enrol_closes_at",
                "capacity",
                "seats_taken",
                "subsidised",
                "min_attendance_rate",
                "status",
                "is_demo",
                "created_by",
                "created_at",
                "updated_at"
            FROM "training_sessions"
        `);
    await queryRunner.query(`
            DROP TABLE "training_sessions"
        `);
    await queryRunner.query(`
            ALTER TABLE "temporary_training_sessions"
                RENAME TO "training_sessions"
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_status_start" ON "training_sessions" ("status", "start_date", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_brand_start" ON "training_sessions" ("brand_code", "start_date")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_region_start" ON "training_sessions" ("region_code", "start_date")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_provider" ON "training_sessions" ("provider_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_course" ON "training_sessions" ("course_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "ix_sessions_course"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_sessions_provider"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_sessions_region_start"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_sessions_brand_start"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_sessions_status_start"
        `);
    await queryRunner.query(`
            ALTER TABLE "training_sessions"
                RENAME TO "temporary_training_sessions"
        `);
    await queryRunner.query(`
            CREATE TABLE "training_sessions" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "course_id" varchar(36) NOT NULL,
                "provider_id" varchar(36) NOT NULL,
                "brand_code" varchar(48) NOT NULL,
                "occupation_code" varchar(48) NOT NULL,
                "title" varchar(64) NOT NULL,
                "region_code" varchar(6) NOT NULL,
                "address" varchar(200) NOT NULL,
                "latitude" double,
                "longitude" double,
                "start_date" varchar(10) NOT NULL,
                "end_date" varchar(10) NOT NULL,
                "enrol_opens_at" varchar(10) NOT NULL,
                "enrol_closes_at" varchar(10) NOT NULL,
                "capacity" integer NOT NULL,
                "seats_taken" integer NOT NULL DEFAULT (0),
                "subsidised" boolean NOT NULL DEFAULT (1),
                "min_attendance_rate" double NOT NULL,
                "status" varchar(16) NOT NULL DEFAULT ('scheduled'),
                "is_demo" boolean NOT NULL DEFAULT (0),
                "created_by" varchar(36) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            INSERT INTO "training_sessions"(
                    "id",
                    "course_id",
                    "provider_id",
                    "brand_code",
                    "occupation_code",
                    "title",
                    "region_code",
                    "address",
                    "latitude",
                    "longitude",
                    "start_date",
                    "end_date",
                    "enrol_opens_at",
                    "enrol_closes_at",
                    "capacity",
                    "seats_taken",
                    "subsidised",
                    "min_attendance_rate",
                    "status",
                    "is_demo",
                    "created_by",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "course_id",
                "provider_id",
                "brand_code",
                "occupation_code",
                "title",
                "region_code",
                "address",
                "latitude",
                "longitude",
                "start_date",
                "end_date",
                "enrol_opens_at",
                "enrol_closes_at",
                "capacity",
                "seats_taken",
                "subsidised",
                "min_attendance_rate",
                "status",
                "is_demo",
                "created_by",
                "created_at",
                "updated_at"
            FROM "temporary_training_sessions"
        `);
    await queryRunner.query(`
            DROP TABLE "temporary_training_sessions"
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_course" ON "training_sessions" ("course_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_provider" ON "training_sessions" ("provider_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_region_start" ON "training_sessions" ("region_code", "start_date")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_brand_start" ON "training_sessions" ("brand_code", "start_date")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sessions_status_start" ON "training_sessions" ("status", "start_date", "id")
        `);
  }
}
