import { MigrationInterface, QueryRunner } from 'typeorm';

export class Catalogue1795701314531 implements MigrationInterface {
  name = 'Catalogue1795701314531';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE \`brand_affiliates\` (
                \`id\` varchar(36) NOT NULL,
                \`brand_code\` varchar(48) NOT NULL,
                \`kind\` varchar(24) NOT NULL,
                \`name\` varchar(64) NOT NULL,
                \`region_code\` varchar(6) NOT NULL,
                \`description\` varchar(500) NOT NULL DEFAULT '',
                \`is_demo\` tinyint NOT NULL DEFAULT 0,
                \`archived_at\` datetime NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`ix_brand_affiliates_brand\` (\`brand_code\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`brand_targets\` (
                \`brand_code\` varchar(48) NOT NULL,
                \`period_end\` varchar(10) NOT NULL,
                \`training_target\` int NOT NULL,
                \`employment_target\` int NOT NULL,
                PRIMARY KEY (\`brand_code\`, \`period_end\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`programme_targets\` (
                \`plan\` varchar(24) NOT NULL,
                \`metric\` varchar(32) NOT NULL,
                \`label\` varchar(32) NOT NULL,
                \`value\` int NOT NULL,
                \`period_end\` varchar(10) NOT NULL,
                PRIMARY KEY (\`plan\`, \`metric\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`brands\` (
                \`code\` varchar(48) NOT NULL,
                \`name\` varchar(48) NOT NULL,
                \`aliases\` text NOT NULL,
                \`region_code\` varchar(6) NOT NULL,
                \`extra_region_codes\` text NOT NULL,
                \`level\` varchar(16) NOT NULL,
                \`series\` varchar(24) NOT NULL,
                \`industry\` varchar(24) NOT NULL,
                \`type\` varchar(16) NOT NULL,
                \`stage\` varchar(8) NOT NULL,
                \`story\` varchar(2000) NOT NULL,
                \`cover_url\` varchar(300) NULL,
                \`sort_order\` int NOT NULL DEFAULT '0',
                \`archived_at\` datetime NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`ix_brands_region_code\` (\`region_code\`),
                INDEX \`ix_brands_series\` (\`series\`),
                INDEX \`ix_brands_order\` (\`sort_order\`, \`code\`),
                PRIMARY KEY (\`code\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`occupations\` (
                \`code\` varchar(48) NOT NULL,
                \`name\` varchar(32) NOT NULL,
                \`certificate_type\` varchar(16) NOT NULL,
                \`max_level\` int NULL,
                \`subsidised\` tinyint NOT NULL DEFAULT 0,
                \`subsidy_amount\` int NULL,
                \`effective_from\` varchar(10) NOT NULL,
                \`effective_to\` varchar(10) NULL,
                INDEX \`ix_occupations_effective_from\` (\`effective_from\`),
                PRIMARY KEY (\`code\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`brand_occupations\` (
                \`brand_code\` varchar(48) NOT NULL,
                \`occupation_code\` varchar(48) NOT NULL,
                INDEX \`ix_brand_occupations_occupation\` (\`occupation_code\`),
                PRIMARY KEY (\`brand_code\`, \`occupation_code\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`courses\` (
                \`id\` varchar(36) NOT NULL,
                \`provider_id\` varchar(36) NOT NULL,
                \`brand_code\` varchar(48) NOT NULL,
                \`occupation_code\` varchar(48) NOT NULL,
                \`title\` varchar(64) NOT NULL,
                \`hours\` int NOT NULL,
                \`certificate_type\` varchar(16) NOT NULL,
                \`certificate_level\` int NULL,
                \`description\` varchar(2000) NOT NULL DEFAULT '',
                \`is_demo\` tinyint NOT NULL DEFAULT 0,
                \`archived_at\` datetime NULL,
                \`created_by\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`ix_courses_provider\` (\`provider_id\`),
                INDEX \`ix_courses_brand\` (\`brand_code\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`training_sessions\` (
                \`id\` varchar(36) NOT NULL,
                \`course_id\` varchar(36) NOT NULL,
                \`provider_id\` varchar(36) NOT NULL,
                \`brand_code\` varchar(48) NOT NULL,
                \`occupation_code\` varchar(48) NOT NULL,
                \`title\` varchar(64) NOT NULL,
                \`region_code\` varchar(6) NOT NULL,
                \`address\` varchar(200) NOT NULL,
                \`latitude\` double NULL,
                \`longitude\` double NULL,
                \`start_date\` varchar(10) NOT NULL,
                \`end_date\` varchar(10) NOT NULL,
                \`enrol_opens_at\` varchar(10) NOT NULL,
                \`enrol_closes_at\` varchar(10) NOT NULL,
                \`capacity\` int NOT NULL,
                \`seats_taken\` int NOT NULL DEFAULT '0',
                \`subsidised\` tinyint NOT NULL DEFAULT 1,
                \`min_attendance_rate\` double NOT NULL,
                \`status\` varchar(16) NOT NULL DEFAULT 'scheduled',
                \`is_demo\` tinyint NOT NULL DEFAULT 0,
                \`created_by\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`ix_sessions_course\` (\`course_id\`),
                INDEX \`ix_sessions_provider\` (\`provider_id\`),
                INDEX \`ix_sessions_region_start\` (\`region_code\`, \`start_date\`),
                INDEX \`ix_sessions_brand_start\` (\`brand_code\`, \`start_date\`),
                INDEX \`ix_sessions_status_start\` (\`status\`, \`start_date\`, \`id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`lessons\` (
                \`id\` varchar(36) NOT NULL,
                \`session_id\` varchar(36) NOT NULL,
                \`starts_at\` datetime NOT NULL,
                \`ends_at\` datetime NOT NULL,
                \`topic\` varchar(64) NOT NULL DEFAULT '',
                INDEX \`ix_lessons_session_start\` (\`session_id\`, \`starts_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_audit_logs_target_id\` ON \`audit_logs\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`audit_logs\` DROP COLUMN \`target_id\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`audit_logs\`
            ADD \`target_id\` varchar(48) NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX \`ix_audit_logs_target_id\` ON \`audit_logs\` (\`target_id\`)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX \`ix_audit_logs_target_id\` ON \`audit_logs\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`audit_logs\` DROP COLUMN \`target_id\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`audit_logs\`
            ADD \`target_id\` varchar(36) NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX \`ix_audit_logs_target_id\` ON \`audit_logs\` (\`target_id\`)
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_lessons_session_start\` ON \`lessons\`
        `);
    await queryRunner.query(`
            DROP TABLE \`lessons\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_sessions_status_start\` ON \`training_sessions\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_sessions_brand_start\` ON \`training_sessions\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_sessions_region_start\` ON \`training_sessions\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_sessions_provider\` ON \`training_sessions\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_sessions_course\` ON \`training_sessions\`
        `);
    await queryRunner.query(`
            DROP TABLE \`training_sessions\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_courses_brand\` ON \`courses\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_courses_provider\` ON \`courses\`
        `);
    await queryRunner.query(`
            DROP TABLE \`courses\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_brand_occupations_occupation\` ON \`brand_occupations\`
        `);
    await queryRunner.query(`
            DROP TABLE \`brand_occupations\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_occupations_effective_from\` ON \`occupations\`
        `);
    await queryRunner.query(`
            DROP TABLE \`occupations\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_brands_order\` ON \`brands\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_brands_series\` ON \`brands\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_brands_region_code\` ON \`brands\`
        `);
    await queryRunner.query(`
            DROP TABLE \`brands\`
        `);
    await queryRunner.query(`
            DROP TABLE \`programme_targets\`
        `);
    await queryRunner.query(`
            DROP TABLE \`brand_targets\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_brand_affiliates_brand\` ON \`brand_affiliates\`
        `);
    await queryRunner.query(`
            DROP TABLE \`brand_affiliates\`
        `);
  }
}
