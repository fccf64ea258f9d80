import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795698413529 implements MigrationInterface {
  name = 'Accounts1795698413529';

  public async up(queryRunner: QueryRunner): Promise<void> {
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
            CREATE INDEX "ix_audit_logs_actor_id" ON "audit_logs" ("actor_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_logs_target_id" ON "audit_logs" ("target_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_logs_region_created" ON "audit_logs" ("region_code", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "refresh_tokens" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "token_hash" varchar(64) NOT NULL,
                "family_id" varchar(36) NOT NULL,
                "user_id" varchar(36) NOT NULL,
                "expires_at" datetime NOT NULL,
                "rotated_at" datetime,
                "revoked_at" datetime,
                "created_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_refresh_tokens_hash" ON "refresh_tokens" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_refresh_tokens_family_id" ON "refresh_tokens" ("family_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_refresh_tokens_user_id" ON "refresh_tokens" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "sms_codes" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "phone" varchar(11) NOT NULL,
                "code_hash" varchar(64) NOT NULL,
                "expires_at" datetime NOT NULL,
                "failed_attempts" integer NOT NULL DEFAULT (0),
                "consumed_at" datetime,
                "ip" varchar(64),
                "created_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sms_codes_ip_created" ON "sms_codes" ("ip", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sms_codes_phone_created" ON "sms_codes" ("phone", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "sms_throttles" (
                "phone" varchar(11) PRIMARY KEY NOT NULL,
                "last_sent_at" datetime NOT NULL,
                "day" varchar(10) NOT NULL,
                "day_count" integer NOT NULL
            )
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
            CREATE INDEX "IDX_5286461df8c1e4d70b070c14b8" ON "employers" ("region_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_368eb013319db2a84dce696163" ON "employers" ("status")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_employers_credit_code" ON "employers" ("credit_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "provider_invites" (
                "code" varchar(8) PRIMARY KEY NOT NULL,
                "provider_id" varchar(36) NOT NULL,
                "created_by" varchar(36) NOT NULL,
                "expires_at" datetime NOT NULL,
                "used_by" varchar(36),
                "used_at" datetime,
                "created_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_provider_invites_provider_id" ON "provider_invites" ("provider_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "training_providers" (
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
                "kind" varchar(24) NOT NULL
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_31bcaf2836307cb106dea63941" ON "training_providers" ("region_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f064e021571d1423c62b7f7471" ON "training_providers" ("status")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_training_providers_credit_code" ON "training_providers" ("credit_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "worker_profiles" (
                "user_id" varchar(36) PRIMARY KEY NOT NULL,
                "real_name" varchar(32),
                "id_number_cipher" varchar(128),
                "id_number_key_id" varchar(16),
                "id_number_hash" varchar(64),
                "id_number_masked" varchar(18),
                "gender" varchar(8) NOT NULL,
                "birth_date" varchar(10) NOT NULL,
                "household_region_code" varchar(6) NOT NULL,
                "current_region_code" varchar(6) NOT NULL,
                "education" varchar(16),
                "skills" text NOT NULL,
                "wanted_brands" text NOT NULL,
                "wanted_region_codes" text NOT NULL,
                "min_monthly_salary" integer,
                "priority_group" varchar(16),
                "priority_consent_at" datetime,
                "consent_version" varchar(32) NOT NULL,
                "consent_at" datetime NOT NULL,
                "assisted_by" varchar(36),
                "paper_consent_reference" varchar(64),
                "claimed_at" datetime,
                "erased_at" datetime,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_worker_profiles_id_number_hash" ON "worker_profiles" ("id_number_hash")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_worker_profiles_household_region" ON "worker_profiles" ("household_region_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_worker_profiles_current_region" ON "worker_profiles" ("current_region_code")
        `);
    await queryRunner.query(`
            DROP INDEX "ix_users_region_code"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_users_wechat_openid"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_users_phone"
        `);
    await queryRunner.query(`
            CREATE TABLE "temporary_users" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "display_name" varchar(64) NOT NULL,
                "phone" varchar(11),
                "wechat_openid" varchar(64),
                "wechat_unionid" varchar(64),
                "roles" text NOT NULL,
                "status" varchar(16) NOT NULL DEFAULT ('active'),
                "region_code" varchar(6),
                "is_demo" boolean NOT NULL DEFAULT (0),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now')),
                "employer_id" varchar(36),
                "provider_id" varchar(36),
                "provider_role" varchar(16),
                "deleted_at" datetime
            )
        `);
    await queryRunner.query(`
            INSERT INTO "temporary_users"(
                    "id",
                    "display_name",
                    "phone",
                    "wechat_openid",
                    "wechat_unionid",
                    "roles",
                    "status",
                    "region_code",
                    "is_demo",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "display_name",
                "phone",
                "wechat_openid",
                "wechat_unionid",
                "roles",
                "status",
                "region_code",
                "is_demo",
                "created_at",
                "updated_at"
            FROM "users"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            ALTER TABLE "temporary_users"
                RENAME TO "users"
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_users_region_code" ON "users" ("region_code")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_wechat_openid" ON "users" ("wechat_openid")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_phone" ON "users" ("phone")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_users_employer_id" ON "users" ("employer_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_users_provider_id" ON "users" ("provider_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "ix_users_provider_id"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_users_employer_id"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_users_phone"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_users_wechat_openid"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_users_region_code"
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
                RENAME TO "temporary_users"
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "display_name" varchar(64) NOT NULL,
                "phone" varchar(11),
                "wechat_openid" varchar(64),
                "wechat_unionid" varchar(64),
                "roles" text NOT NULL,
                "status" varchar(16) NOT NULL DEFAULT ('active'),
                "region_code" varchar(6),
                "is_demo" boolean NOT NULL DEFAULT (0),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            INSERT INTO "users"(
                    "id",
                    "display_name",
                    "phone",
                    "wechat_openid",
                    "wechat_unionid",
                    "roles",
                    "status",
                    "region_code",
                    "is_demo",
                    "created_at",
                    "updated_at"
                )
            SELECT "id",
                "display_name",
                "phone",
                "wechat_openid",
                "wechat_unionid",
                "roles",
                "status",
                "region_code",
                "is_demo",
                "created_at",
                "updated_at"
            FROM "temporary_users"
        `);
    await queryRunner.query(`
            DROP TABLE "temporary_users"
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_phone" ON "users" ("phone")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_wechat_openid" ON "users" ("wechat_openid")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_users_region_code" ON "users" ("region_code")
        `);
    await queryRunner.query(`
            DROP INDEX "ix_worker_profiles_current_region"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_worker_profiles_household_region"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_worker_profiles_id_number_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "worker_profiles"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_training_providers_credit_code"
        `);
    await queryRunner.query(`
            DROP INDEX "IDX_f064e021571d1423c62b7f7471"
        `);
    await queryRunner.query(`
            DROP INDEX "IDX_31bcaf2836307cb106dea63941"
        `);
    await queryRunner.query(`
            DROP TABLE "training_providers"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_provider_invites_provider_id"
        `);
    await queryRunner.query(`
            DROP TABLE "provider_invites"
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
            DROP TABLE "employers"
        `);
    await queryRunner.query(`
            DROP TABLE "sms_throttles"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_sms_codes_phone_created"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_sms_codes_ip_created"
        `);
    await queryRunner.query(`
            DROP TABLE "sms_codes"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_refresh_tokens_user_id"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_refresh_tokens_family_id"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_refresh_tokens_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "refresh_tokens"
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
            DROP TABLE "audit_logs"
        `);
  }
}
