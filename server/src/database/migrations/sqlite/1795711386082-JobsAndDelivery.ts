import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobsAndDelivery1795711386082 implements MigrationInterface {
  name = 'JobsAndDelivery1795711386082';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "job_postings" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "employer_id" varchar(36) NOT NULL,
                "title" varchar(64) NOT NULL,
                "brand_code" varchar(48),
                "occupation_code" varchar(48) NOT NULL,
                "region_code" varchar(6) NOT NULL,
                "address" varchar(200) NOT NULL,
                "salary_min" integer NOT NULL,
                "salary_max" integer NOT NULL,
                "headcount" integer NOT NULL,
                "hires" integer NOT NULL DEFAULT (0),
                "required_certificate_type" varchar(16),
                "required_certificate_level" integer,
                "accepts_trainees" boolean NOT NULL DEFAULT (0),
                "accommodation" boolean NOT NULL DEFAULT (0),
                "meals" boolean NOT NULL DEFAULT (0),
                "working_hours" varchar(64) NOT NULL,
                "description" varchar(2000) NOT NULL DEFAULT (''),
                "status" varchar(16) NOT NULL,
                "closes_on" varchar(10) NOT NULL,
                "opened_at" datetime,
                "closed_at" datetime,
                "is_demo" boolean NOT NULL DEFAULT (0),
                "created_by" varchar(36) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_jobs_employer" ON "job_postings" ("employer_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_jobs_status_occupation" ON "job_postings" ("status", "occupation_code", "opened_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_jobs_status_region" ON "job_postings" ("status", "region_code", "opened_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "job_applications" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "job_id" varchar(36) NOT NULL,
                "worker_id" varchar(36) NOT NULL,
                "employer_id" varchar(36) NOT NULL,
                "status" varchar(16) NOT NULL,
                "interview_at" datetime,
                "interview_place" varchar(100),
                "note" varchar(200),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_applications_job_status" ON "job_applications" ("job_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_applications_worker" ON "job_applications" ("worker_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_applications_job_worker" ON "job_applications" ("job_id", "worker_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "application_events" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "application_id" varchar(36) NOT NULL,
                "status" varchar(16) NOT NULL,
                "at" datetime(3) NOT NULL,
                "actor_id" varchar(36) NOT NULL,
                "note" varchar(200)
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_application_events_application" ON "application_events" ("application_id", "at")
        `);
    await queryRunner.query(`
            CREATE TABLE "employment_records" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "application_id" varchar(36) NOT NULL,
                "worker_id" varchar(36) NOT NULL,
                "job_id" varchar(36) NOT NULL,
                "employer_id" varchar(36) NOT NULL,
                "brand_code" varchar(48),
                "occupation_code" varchar(48) NOT NULL,
                "start_date" varchar(10) NOT NULL,
                "contract" varchar(16) NOT NULL,
                "social_insurance" boolean NOT NULL,
                "household_region_code" varchar(6) NOT NULL,
                "job_region_code" varchar(6) NOT NULL,
                "cross_region" boolean NOT NULL,
                "created_by" varchar(36) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_employment_application" ON "employment_records" ("application_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_employment_worker" ON "employment_records" ("worker_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_employment_brand" ON "employment_records" ("brand_code", "start_date")
        `);
    await queryRunner.query(`
            CREATE TABLE "job_fairs" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "title" varchar(64) NOT NULL,
                "region_code" varchar(6) NOT NULL,
                "date" varchar(10) NOT NULL,
                "place" varchar(200),
                "brand_codes" text NOT NULL,
                "created_by" varchar(36) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_fairs_region_date" ON "job_fairs" ("region_code", "date")
        `);
    await queryRunner.query(`
            CREATE TABLE "fair_jobs" (
                "fair_id" varchar(36) NOT NULL,
                "job_id" varchar(36) NOT NULL,
                PRIMARY KEY ("fair_id", "job_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_fair_jobs_job" ON "fair_jobs" ("job_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "wechat_subscriptions" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "template_id" varchar(64) NOT NULL,
                "credits" integer NOT NULL DEFAULT (0),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_wechat_subscriptions_user_template" ON "wechat_subscriptions" ("user_id", "template_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "recommendations" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "worker_id" varchar(36) NOT NULL,
                "job_id" varchar(36) NOT NULL,
                "score" double NOT NULL,
                "reasons" text NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "pushed_at" datetime,
                "seen_at" datetime,
                "applied_at" datetime
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_recommendations_job" ON "recommendations" ("job_id", "score")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_recommendations_worker" ON "recommendations" ("worker_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_recommendations_worker_job" ON "recommendations" ("worker_id", "job_id")
        `);
    await queryRunner.query(`
            DROP INDEX "ix_notifications_user_created"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_notifications_dedupe_key"
        `);
    await queryRunner.query(`
            CREATE TABLE "temporary_notifications" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "kind" varchar(32) NOT NULL,
                "dedupe_key" varchar(128) NOT NULL,
                "title" varchar(64) NOT NULL,
                "body" varchar(300) NOT NULL,
                "link" varchar(200),
                "status" varchar(16) NOT NULL DEFAULT ('pending'),
                "read_at" datetime,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "channel" varchar(16),
                "attempts" integer NOT NULL DEFAULT (0),
                "next_attempt_at" datetime(3),
                "claimed_by" varchar(64),
                "claimed_until" datetime(3),
                "sent_at" datetime,
                "last_error" varchar(200)
            )
        `);
    await queryRunner.query(`
            INSERT INTO "temporary_notifications"(
                    "id",
                    "user_id",
                    "kind",
                    "dedupe_key",
                    "title",
                    "body",
                    "link",
                    "status",
                    "read_at",
                    "created_at"
                )
            SELECT "id",
                "user_id",
                "kind",
                "dedupe_key",
                "title",
                "body",
                "link",
                "status",
                "read_at",
                "created_at"
            FROM "notifications"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            ALTER TABLE "temporary_notifications"
                RENAME TO "notifications"
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notifications_dedupe_key" ON "notifications" ("dedupe_key")
        `);
    await queryRunner.query(`
            DROP INDEX "uq_employers_credit_code"
        `);
    await queryRunner.query(`
            DROP INDEX "IDX_368eb013319db2a84dce696163"
        `);
    await queryRunner.query(`
            DROP INDEX "IDX_5286461df8c1e4d70b070c14b8"
        `);
    await queryRunner.query(`
            CREATE TABLE "temporary_employers" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "name" varchar(100) NOT NULL,
                "credit_code" varchar(18) NOT NULL,
                "region_code" varchar(6) NOT NULL,
                "address" varchar(200) NOT NULL,
                "contact_name" varchar(32) NOT NULL,
                "contact_phone" varchar(11) NOT NULL,
                "description" varchar(1000) NOT NULL DEFAULT (''),
                "status" varchar(16) NOT NULL DEFAULT ('pending'),
                "reject_reason" varchar(200),
                "reviewed_by" varchar(36),
                "reviewed_at" datetime,
                "created_by" varchar(36) NOT NULL,
                "is_demo" boolean NOT NULL DEFAULT (0),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "blacklisted_at" datetime,
                "blacklist_reason" varchar(200)
            )
        `);
    await queryRunner.query(`
            INSERT INTO "temporary_employers"(
                    "id",
                    "name",
                    "credit_code",
                    "region_code",
                    "address",
                    "contact_name",
                    "contact_phone",
                    "description",
                    "status",
                    "reject_reason",
                    "reviewed_by",
                    "reviewed_at",
                    "created_by",
                    "is_demo",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "name",
                "credit_code",
                "region_code",
                "address",
                "contact_name",
                "contact_phone",
                "description",
                "status",
                "reject_reason",
                "reviewed_by",
                "reviewed_at",
                "created_by",
                "is_demo",
                "created_at",
                "updated_at"
            FROM "employers"
        `);
    await queryRunner.query(`
            DROP TABLE "employers"
        `);
    await queryRunner.query(`
            ALTER TABLE "temporary_employers"
                RENAME TO "employers"
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_employers_credit_code" ON "employers" ("credit_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_368eb013319db2a84dce696163" ON "employers" ("status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5286461df8c1e4d70b070c14b8" ON "employers" ("region_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notifications_due" ON "notifications" ("status", "next_attempt_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "ix_notifications_due"
        `);
    await queryRunner.query(`
            DROP INDEX "IDX_5286461df8c1e4d70b070c14b8"
        `);
    await queryRunner.query(`
            DROP INDEX "IDX_368eb013319db2a84dce696163"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_employers_credit_code"
        `);
    await queryRunner.query(`
            ALTER TABLE "employers"
                RENAME TO "temporary_employers"
        `);
    await queryRunner.query(`
            CREATE TABLE "employers" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "name" varchar(100) NOT NULL,
                "credit_code" varchar(18) NOT NULL,
                "region_code" varchar(6) NOT NULL,
                "address" varchar(200) NOT NULL,
                "contact_name" varchar(32) NOT NULL,
                "contact_phone" varchar(11) NOT NULL,
                "description" varchar(1000) NOT NULL DEFAULT (''),
                "status" varchar(16) NOT NULL DEFAULT ('pending'),
                "reject_reason" varchar(200),
                "reviewed_by" varchar(36),
                "reviewed_at" datetime,
                "created_by" varchar(36) NOT NULL,
                "is_demo" boolean NOT NULL DEFAULT (0),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            INSERT INTO "employers"(
                    "id",
                    "name",
                    "credit_code",
                    "region_code",
                    "address",
                    "contact_name",
                    "contact_phone",
                    "description",
                    "status",
                    "reject_reason",
                    "reviewed_by",
                    "reviewed_at",
                    "created_by",
                    "is_demo",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "name",
                "credit_code",
                "region_code",
                "address",
                "contact_name",
                "contact_phone",
                "description",
                "status",
                "reject_reason",
                "reviewed_by",
                "reviewed_at",
                "created_by",
                "is_demo",
                "created_at",
                "updated_at"
            FROM "temporary_employers"
        `);
    await queryRunner.query(`
            DROP TABLE "temporary_employers"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5286461df8c1e4d70b070c14b8" ON "employers" ("region_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_368eb013319db2a84dce696163" ON "employers" ("status")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_employers_credit_code" ON "employers" ("credit_code")
        `);
    await queryRunner.query(`
            DROP INDEX "uq_notifications_dedupe_key"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_notifications_user_created"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
                RENAME TO "temporary_notifications"
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
            INSERT INTO "notifications"(
                    "id",
                    "user_id",
                    "kind",
                    "dedupe_key",
                    "title",
                    "body",
                    "link",
                    "status",
                    "read_at",
                    "created_at"
                )
            SELECT "id",
                "user_id",
                "kind",
                "dedupe_key",
                "title",
                "body",
                "link",
                "status",
                "read_at",
                "created_at"
            FROM "temporary_notifications"
        `);
    await queryRunner.query(`
            DROP TABLE "temporary_notifications"
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notifications_dedupe_key" ON "notifications" ("dedupe_key")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            DROP INDEX "uq_recommendations_worker_job"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_recommendations_worker"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_recommendations_job"
        `);
    await queryRunner.query(`
            DROP TABLE "recommendations"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_wechat_subscriptions_user_template"
        `);
    await queryRunner.query(`
            DROP TABLE "wechat_subscriptions"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_fair_jobs_job"
        `);
    await queryRunner.query(`
            DROP TABLE "fair_jobs"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_fairs_region_date"
        `);
    await queryRunner.query(`
            DROP TABLE "job_fairs"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_employment_brand"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_employment_worker"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_employment_application"
        `);
    await queryRunner.query(`
            DROP TABLE "employment_records"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_application_events_application"
        `);
    await queryRunner.query(`
            DROP TABLE "application_events"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_applications_job_worker"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_applications_worker"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_applications_job_status"
        `);
    await queryRunner.query(`
            DROP TABLE "job_applications"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_jobs_status_region"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_jobs_status_occupation"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_jobs_employer"
        `);
    await queryRunner.query(`
            DROP TABLE "job_postings"
        `);
  }
}
