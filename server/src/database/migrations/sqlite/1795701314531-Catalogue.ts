import { MigrationInterface, QueryRunner } from 'typeorm';

export class Catalogue1795701314531 implements MigrationInterface {
  name = 'Catalogue1795701314531';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "brand_affiliates" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "brand_code" varchar(48) NOT NULL,
                "kind" varchar(24) NOT NULL,
                "name" varchar(64) NOT NULL,
                "region_code" varchar(6) NOT NULL,
                "description" varchar(500) NOT NULL DEFAULT (''),
                "is_demo" boolean NOT NULL DEFAULT (0),
                "archived_at" datetime,
                "created_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_brand_affiliates_brand" ON "brand_affiliates" ("brand_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "brand_targets" (
                "brand_code" varchar(48) NOT NULL,
                "period_end" varchar(10) NOT NULL,
                "training_target" integer NOT NULL,
                "employment_target" integer NOT NULL,
                PRIMARY KEY ("brand_code", "period_end")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "programme_targets" (
                "plan" varchar(24) NOT NULL,
                "metric" varchar(32) NOT NULL,
                "label" varchar(32) NOT NULL,
                "value" integer NOT NULL,
                "period_end" varchar(10) NOT NULL,
                PRIMARY KEY ("plan", "metric")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "brands" (
                "code" varchar(48) PRIMARY KEY NOT NULL,
                "name" varchar(48) NOT NULL,
                "aliases" text NOT NULL,
                "region_code" varchar(6) NOT NULL,
                "extra_region_codes" text NOT NULL,
                "level" varchar(16) NOT NULL,
                "series" varchar(24) NOT NULL,
                "industry" varchar(24) NOT NULL,
                "type" varchar(16) NOT NULL,
                "stage" varchar(8) NOT NULL,
                "story" varchar(2000) NOT NULL,
                "cover_url" varchar(300),
                "sort_order" integer NOT NULL DEFAULT (0),
                "archived_at" datetime,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_brands_region_code" ON "brands" ("region_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_brands_series" ON "brands" ("series")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_brands_order" ON "brands" ("sort_order", "code")
        `);
    await queryRunner.query(`
            CREATE TABLE "occupations" (
                "code" varchar(48) PRIMARY KEY NOT NULL,
                "name" varchar(32) NOT NULL,
                "certificate_type" varchar(16) NOT NULL,
                "max_level" integer,
                "subsidised" boolean NOT NULL DEFAULT (0),
                "subsidy_amount" integer,
                "effective_from" varchar(10) NOT NULL,
                "effective_to" varchar(10)
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_occupations_effective_from" ON "occupations" ("effective_from")
        `);
    await queryRunner.query(`
            CREATE TABLE "brand_occupations" (
                "brand_code" varchar(48) NOT NULL,
                "occupation_code" varchar(48) NOT NULL,
                PRIMARY KEY ("brand_code", "occupation_code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_brand_occupations_occupation" ON "brand_occupations" ("occupation_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "courses" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "provider_id" varchar(36) NOT NULL,
                "brand_code" varchar(48) NOT NULL,
                "occupation_code" varchar(48) NOT NULL,
                "title" varchar(64) NOT NULL,
                "hours" integer NOT NULL,
                "certificate_type" varchar(16) NOT NULL,
                "certificate_level" integer,
                "description" varchar(2000) NOT NULL DEFAULT (''),
                "is_demo" boolean NOT NULL DEFAULT (0),
                "archived_at" datetime,
                "created_by" varchar(36) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_courses_provider" ON "courses" ("provider_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_courses_brand" ON "courses" ("brand_code")
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
    await queryRunner.query(`
            CREATE TABLE "lessons" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "session_id" varchar(36) NOT NULL,
                "starts_at" datetime NOT NULL,
                "ends_at" datetime NOT NULL,
                "topic" varchar(64) NOT NULL DEFAULT ('')
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_lessons_session_start" ON "lessons" ("session_id", "starts_at")
        `);
    await queryRunner.query(`
            DROP INDEX "ix_audit_logs_region_created"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_audit_logs_target_id"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_audit_logs_actor_id"
        `);
    await queryRunner.query(`
            CREATE TABLE "temporary_audit_logs" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "actor_id" varchar(36) NOT NULL,
                "action" varchar(48) NOT NULL,
                "target_type" varchar(16) NOT NULL,
                "target_id" varchar(48) NOT NULL,
                "region_code" varchar(6),
                "reason" varchar(200),
                "ip" varchar(64),
                "request_id" varchar(64),
                "created_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            INSERT INTO "temporary_audit_logs"(
                    "id",
                    "actor_id",
                    "action",
                    "target_type",
                    "target_id",
                    "region_code",
                    "reason",
                    "ip",
                    "request_id",
                    "created_at"
                )
            SELECT "id",
                "actor_id",
                "action",
                "target_type",
                "target_id",
                "region_code",
                "reason",
                "ip",
                "request_id",
                "created_at"
            FROM "audit_logs"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_logs"
        `);
    await queryRunner.query(`
            ALTER TABLE "temporary_audit_logs"
                RENAME TO "audit_logs"
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_logs_region_created" ON "audit_logs" ("region_code", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_logs_target_id" ON "audit_logs" ("target_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_logs_actor_id" ON "audit_logs" ("actor_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "ix_audit_logs_actor_id"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_audit_logs_target_id"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_audit_logs_region_created"
        `);
    await queryRunner.query(`
            ALTER TABLE "audit_logs"
                RENAME TO "temporary_audit_logs"
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_logs" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "actor_id" varchar(36) NOT NULL,
                "action" varchar(48) NOT NULL,
                "target_type" varchar(16) NOT NULL,
                "target_id" varchar(36) NOT NULL,
                "region_code" varchar(6),
                "reason" varchar(200),
                "ip" varchar(64),
                "request_id" varchar(64),
                "created_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            INSERT INTO "audit_logs"(
                    "id",
                    "actor_id",
                    "action",
                    "target_type",
                    "target_id",
                    "region_code",
                    "reason",
                    "ip",
                    "request_id",
                    "created_at"
                )
            SELECT "id",
                "actor_id",
                "action",
                "target_type",
                "target_id",
                "region_code",
                "reason",
                "ip",
                "request_id",
                "created_at"
            FROM "temporary_audit_logs"
        `);
    await queryRunner.query(`
            DROP TABLE "temporary_audit_logs"
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_logs_actor_id" ON "audit_logs" ("actor_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_logs_target_id" ON "audit_logs" ("target_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_logs_region_created" ON "audit_logs" ("region_code", "created_at")
        `);
    await queryRunner.query(`
            DROP INDEX "ix_lessons_session_start"
        `);
    await queryRunner.query(`
            DROP TABLE "lessons"
        `);
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
            DROP TABLE "training_sessions"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_courses_brand"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_courses_provider"
        `);
    await queryRunner.query(`
            DROP TABLE "courses"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_brand_occupations_occupation"
        `);
    await queryRunner.query(`
            DROP TABLE "brand_occupations"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_occupations_effective_from"
        `);
    await queryRunner.query(`
            DROP TABLE "occupations"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_brands_order"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_brands_series"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_brands_region_code"
        `);
    await queryRunner.query(`
            DROP TABLE "brands"
        `);
    await queryRunner.query(`
            DROP TABLE "programme_targets"
        `);
    await queryRunner.query(`
            DROP TABLE "brand_targets"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_brand_affiliates_brand"
        `);
    await queryRunner.query(`
            DROP TABLE "brand_affiliates"
        `);
  }
}
