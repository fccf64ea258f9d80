import { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795698413529 implements MigrationInterface {
  name = 'Accounts1795698413529';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE \`audit_logs\` (
                \`id\` varchar(36) NOT NULL,
                \`actor_id\` varchar(36) NOT NULL,
                \`action\` varchar(48) NOT NULL,
                \`target_type\` varchar(16) NOT NULL,
                \`target_id\` varchar(36) NOT NULL,
                \`region_code\` varchar(6) NULL,
                \`reason\` varchar(200) NULL,
                \`ip\` varchar(64) NULL,
                \`request_id\` varchar(64) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`ix_audit_logs_actor_id\` (\`actor_id\`),
                INDEX \`ix_audit_logs_target_id\` (\`target_id\`),
                INDEX \`ix_audit_logs_region_created\` (\`region_code\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`refresh_tokens\` (
                \`id\` varchar(36) NOT NULL,
                \`token_hash\` varchar(64) NOT NULL,
                \`family_id\` varchar(36) NOT NULL,
                \`user_id\` varchar(36) NOT NULL,
                \`expires_at\` datetime NOT NULL,
                \`rotated_at\` datetime NULL,
                \`revoked_at\` datetime NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_refresh_tokens_hash\` (\`token_hash\`),
                INDEX \`ix_refresh_tokens_family_id\` (\`family_id\`),
                INDEX \`ix_refresh_tokens_user_id\` (\`user_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`sms_codes\` (
                \`id\` varchar(36) NOT NULL,
                \`phone\` varchar(11) NOT NULL,
                \`code_hash\` varchar(64) NOT NULL,
                \`expires_at\` datetime NOT NULL,
                \`failed_attempts\` int NOT NULL DEFAULT '0',
                \`consumed_at\` datetime NULL,
                \`ip\` varchar(64) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`ix_sms_codes_ip_created\` (\`ip\`, \`created_at\`),
                INDEX \`ix_sms_codes_phone_created\` (\`phone\`, \`created_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`sms_throttles\` (
                \`phone\` varchar(11) NOT NULL,
                \`last_sent_at\` datetime NOT NULL,
                \`day\` varchar(10) NOT NULL,
                \`day_count\` int NOT NULL,
                PRIMARY KEY (\`phone\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`employers\` (
                \`id\` varchar(36) NOT NULL,
                \`name\` varchar(100) NOT NULL,
                \`credit_code\` varchar(18) NOT NULL,
                \`region_code\` varchar(6) NOT NULL,
                \`address\` varchar(200) NOT NULL,
                \`contact_name\` varchar(32) NOT NULL,
                \`contact_phone\` varchar(11) NOT NULL,
                \`description\` varchar(1000) NOT NULL DEFAULT '',
                \`status\` varchar(16) NOT NULL DEFAULT 'pending',
                \`reject_reason\` varchar(200) NULL,
                \`reviewed_by\` varchar(36) NULL,
                \`reviewed_at\` datetime NULL,
                \`created_by\` varchar(36) NOT NULL,
                \`is_demo\` tinyint NOT NULL DEFAULT 0,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`IDX_5286461df8c1e4d70b070c14b8\` (\`region_code\`),
                INDEX \`IDX_368eb013319db2a84dce696163\` (\`status\`),
                UNIQUE INDEX \`uq_employers_credit_code\` (\`credit_code\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`provider_invites\` (
                \`code\` varchar(8) NOT NULL,
                \`provider_id\` varchar(36) NOT NULL,
                \`created_by\` varchar(36) NOT NULL,
                \`expires_at\` datetime NOT NULL,
                \`used_by\` varchar(36) NULL,
                \`used_at\` datetime NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`ix_provider_invites_provider_id\` (\`provider_id\`),
                PRIMARY KEY (\`code\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`training_providers\` (
                \`id\` varchar(36) NOT NULL,
                \`name\` varchar(100) NOT NULL,
                \`credit_code\` varchar(18) NOT NULL,
                \`region_code\` varchar(6) NOT NULL,
                \`address\` varchar(200) NOT NULL,
                \`contact_name\` varchar(32) NOT NULL,
                \`contact_phone\` varchar(11) NOT NULL,
                \`description\` varchar(1000) NOT NULL DEFAULT '',
                \`status\` varchar(16) NOT NULL DEFAULT 'pending',
                \`reject_reason\` varchar(200) NULL,
                \`reviewed_by\` varchar(36) NULL,
                \`reviewed_at\` datetime NULL,
                \`created_by\` varchar(36) NOT NULL,
                \`is_demo\` tinyint NOT NULL DEFAULT 0,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                \`kind\` varchar(24) NOT NULL,
                INDEX \`IDX_31bcaf2836307cb106dea63941\` (\`region_code\`),
                INDEX \`IDX_f064e021571d1423c62b7f7471\` (\`status\`),
                UNIQUE INDEX \`uq_training_providers_credit_code\` (\`credit_code\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`worker_profiles\` (
                \`user_id\` varchar(36) NOT NULL,
                \`real_name\` varchar(32) NULL,
                \`id_number_cipher\` varchar(128) NULL,
                \`id_number_key_id\` varchar(16) NULL,
                \`id_number_hash\` varchar(64) NULL,
                \`id_number_masked\` varchar(18) NULL,
                \`gender\` varchar(8) NOT NULL,
                \`birth_date\` varchar(10) NOT NULL,
                \`household_region_code\` varchar(6) NOT NULL,
                \`current_region_code\` varchar(6) NOT NULL,
                \`education\` varchar(16) NULL,
                \`skills\` text NOT NULL,
                \`wanted_brands\` text NOT NULL,
                \`wanted_region_codes\` text NOT NULL,
                \`min_monthly_salary\` int NULL,
                \`priority_group\` varchar(16) NULL,
                \`priority_consent_at\` datetime NULL,
                \`consent_version\` varchar(32) NOT NULL,
                \`consent_at\` datetime NOT NULL,
                \`assisted_by\` varchar(36) NULL,
                \`paper_consent_reference\` varchar(64) NULL,
                \`claimed_at\` datetime NULL,
                \`erased_at\` datetime NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_worker_profiles_id_number_hash\` (\`id_number_hash\`),
                INDEX \`ix_worker_profiles_household_region\` (\`household_region_code\`),
                INDEX \`ix_worker_profiles_current_region\` (\`current_region_code\`),
                PRIMARY KEY (\`user_id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            ALTER TABLE \`users\`
            ADD \`employer_id\` varchar(36) NULL
        `);
    await queryRunner.query(`
            ALTER TABLE \`users\`
            ADD \`provider_id\` varchar(36) NULL
        `);
    await queryRunner.query(`
            ALTER TABLE \`users\`
            ADD \`provider_role\` varchar(16) NULL
        `);
    await queryRunner.query(`
            ALTER TABLE \`users\`
            ADD \`deleted_at\` datetime NULL
        `);
    await queryRunner.query(`
            CREATE INDEX \`ix_users_employer_id\` ON \`users\` (\`employer_id\`)
        `);
    await queryRunner.query(`
            CREATE INDEX \`ix_users_provider_id\` ON \`users\` (\`provider_id\`)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX \`ix_users_provider_id\` ON \`users\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_users_employer_id\` ON \`users\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`users\` DROP COLUMN \`deleted_at\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`users\` DROP COLUMN \`provider_role\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`users\` DROP COLUMN \`provider_id\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`users\` DROP COLUMN \`employer_id\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_worker_profiles_current_region\` ON \`worker_profiles\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_worker_profiles_household_region\` ON \`worker_profiles\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_worker_profiles_id_number_hash\` ON \`worker_profiles\`
        `);
    await queryRunner.query(`
            DROP TABLE \`worker_profiles\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_training_providers_credit_code\` ON \`training_providers\`
        `);
    await queryRunner.query(`
            DROP INDEX \`IDX_f064e021571d1423c62b7f7471\` ON \`training_providers\`
        `);
    await queryRunner.query(`
            DROP INDEX \`IDX_31bcaf2836307cb106dea63941\` ON \`training_providers\`
        `);
    await queryRunner.query(`
            DROP TABLE \`training_providers\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_provider_invites_provider_id\` ON \`provider_invites\`
        `);
    await queryRunner.query(`
            DROP TABLE \`provider_invites\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_employers_credit_code\` ON \`employers\`
        `);
    await queryRunner.query(`
            DROP INDEX \`IDX_368eb013319db2a84dce696163\` ON \`employers\`
        `);
    await queryRunner.query(`
            DROP INDEX \`IDX_5286461df8c1e4d70b070c14b8\` ON \`employers\`
        `);
    await queryRunner.query(`
            DROP TABLE \`employers\`
        `);
    await queryRunner.query(`
            DROP TABLE \`sms_throttles\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_sms_codes_phone_created\` ON \`sms_codes\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_sms_codes_ip_created\` ON \`sms_codes\`
        `);
    await queryRunner.query(`
            DROP TABLE \`sms_codes\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_refresh_tokens_user_id\` ON \`refresh_tokens\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_refresh_tokens_family_id\` ON \`refresh_tokens\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_refresh_tokens_hash\` ON \`refresh_tokens\`
        `);
    await queryRunner.query(`
            DROP TABLE \`refresh_tokens\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_audit_logs_region_created\` ON \`audit_logs\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_audit_logs_target_id\` ON \`audit_logs\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_audit_logs_actor_id\` ON \`audit_logs\`
        `);
    await queryRunner.query(`
            DROP TABLE \`audit_logs\`
        `);
  }
}
