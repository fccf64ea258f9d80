import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobsAndDelivery1795711386082 implements MigrationInterface {
  name = 'JobsAndDelivery1795711386082';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE \`job_postings\` (
                \`id\` varchar(36) NOT NULL,
                \`employer_id\` varchar(36) NOT NULL,
                \`title\` varchar(64) NOT NULL,
                \`brand_code\` varchar(48) NULL,
                \`occupation_code\` varchar(48) NOT NULL,
                \`region_code\` varchar(6) NOT NULL,
                \`address\` varchar(200) NOT NULL,
                \`salary_min\` int NOT NULL,
                \`salary_max\` int NOT NULL,
                \`headcount\` int NOT NULL,
                \`hires\` int NOT NULL DEFAULT '0',
                \`required_certificate_type\` varchar(16) NULL,
                \`required_certificate_level\` int NULL,
                \`accepts_trainees\` tinyint NOT NULL DEFAULT 0,
                \`accommodation\` tinyint NOT NULL DEFAULT 0,
                \`meals\` tinyint NOT NULL DEFAULT 0,
                \`working_hours\` varchar(64) NOT NULL,
                \`description\` varchar(2000) NOT NULL DEFAULT '',
                \`status\` varchar(16) NOT NULL,
                \`closes_on\` varchar(10) NOT NULL,
                \`opened_at\` datetime NULL,
                \`closed_at\` datetime NULL,
                \`is_demo\` tinyint NOT NULL DEFAULT 0,
                \`created_by\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`ix_jobs_employer\` (\`employer_id\`, \`created_at\`),
                INDEX \`ix_jobs_status_occupation\` (\`status\`, \`occupation_code\`, \`opened_at\`),
                INDEX \`ix_jobs_status_region\` (\`status\`, \`region_code\`, \`opened_at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`job_applications\` (
                \`id\` varchar(36) NOT NULL,
                \`job_id\` varchar(36) NOT NULL,
                \`worker_id\` varchar(36) NOT NULL,
                \`employer_id\` varchar(36) NOT NULL,
                \`status\` varchar(16) NOT NULL,
                \`interview_at\` datetime NULL,
                \`interview_place\` varchar(100) NULL,
                \`note\` varchar(200) NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                INDEX \`ix_applications_job_status\` (\`job_id\`, \`status\`),
                INDEX \`ix_applications_worker\` (\`worker_id\`, \`created_at\`),
                UNIQUE INDEX \`uq_applications_job_worker\` (\`job_id\`, \`worker_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`application_events\` (
                \`id\` varchar(36) NOT NULL,
                \`application_id\` varchar(36) NOT NULL,
                \`status\` varchar(16) NOT NULL,
                \`at\` datetime(3) NOT NULL,
                \`actor_id\` varchar(36) NOT NULL,
                \`note\` varchar(200) NULL,
                INDEX \`ix_application_events_application\` (\`application_id\`, \`at\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`employment_records\` (
                \`id\` varchar(36) NOT NULL,
                \`application_id\` varchar(36) NOT NULL,
                \`worker_id\` varchar(36) NOT NULL,
                \`job_id\` varchar(36) NOT NULL,
                \`employer_id\` varchar(36) NOT NULL,
                \`brand_code\` varchar(48) NULL,
                \`occupation_code\` varchar(48) NOT NULL,
                \`start_date\` varchar(10) NOT NULL,
                \`contract\` varchar(16) NOT NULL,
                \`social_insurance\` tinyint NOT NULL,
                \`household_region_code\` varchar(6) NOT NULL,
                \`job_region_code\` varchar(6) NOT NULL,
                \`cross_region\` tinyint NOT NULL,
                \`created_by\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_employment_application\` (\`application_id\`),
                INDEX \`ix_employment_worker\` (\`worker_id\`),
                INDEX \`ix_employment_brand\` (\`brand_code\`, \`start_date\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`job_fairs\` (
                \`id\` varchar(36) NOT NULL,
                \`title\` varchar(64) NOT NULL,
                \`region_code\` varchar(6) NOT NULL,
                \`date\` varchar(10) NOT NULL,
                \`place\` varchar(200) NULL,
                \`brand_codes\` text NOT NULL,
                \`created_by\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                INDEX \`ix_fairs_region_date\` (\`region_code\`, \`date\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`fair_jobs\` (
                \`fair_id\` varchar(36) NOT NULL,
                \`job_id\` varchar(36) NOT NULL,
                INDEX \`ix_fair_jobs_job\` (\`job_id\`),
                PRIMARY KEY (\`fair_id\`, \`job_id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`wechat_subscriptions\` (
                \`id\` varchar(36) NOT NULL,
                \`user_id\` varchar(36) NOT NULL,
                \`template_id\` varchar(64) NOT NULL,
                \`credits\` int NOT NULL DEFAULT '0',
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_wechat_subscriptions_user_template\` (\`user_id\`, \`template_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`recommendations\` (
                \`id\` varchar(36) NOT NULL,
                \`worker_id\` varchar(36) NOT NULL,
                \`job_id\` varchar(36) NOT NULL,
                \`score\` double NOT NULL,
                \`reasons\` text NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`pushed_at\` datetime NULL,
                \`seen_at\` datetime NULL,
                \`applied_at\` datetime NULL,
                INDEX \`ix_recommendations_job\` (\`job_id\`, \`score\`),
                INDEX \`ix_recommendations_worker\` (\`worker_id\`, \`created_at\`),
                UNIQUE INDEX \`uq_recommendations_worker_job\` (\`worker_id\`, \`job_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\`
            ADD \`channel\` varchar(16) NULL
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\`
            ADD \`attempts\` int NOT NULL DEFAULT '0'
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\`
            ADD \`next_attempt_at\` datetime(3) NULL
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\`
            ADD \`claimed_by\` varchar(64) NULL
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\`
            ADD \`claimed_until\` datetime(3) NULL
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\`
            ADD \`sent_at\` datetime NULL
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\`
            ADD \`last_error\` varchar(200) NULL
        `);
    await queryRunner.query(`
            ALTER TABLE \`employers\`
            ADD \`blacklisted_at\` datetime NULL
        `);
    await queryRunner.query(`
            ALTER TABLE \`employers\`
            ADD \`blacklist_reason\` varchar(200) NULL
        `);
    await queryRunner.query(`
            CREATE INDEX \`ix_notifications_due\` ON \`notifications\` (\`status\`, \`next_attempt_at\`)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX \`ix_notifications_due\` ON \`notifications\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`employers\` DROP COLUMN \`blacklist_reason\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`employers\` DROP COLUMN \`blacklisted_at\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\` DROP COLUMN \`last_error\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\` DROP COLUMN \`sent_at\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\` DROP COLUMN \`claimed_until\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\` DROP COLUMN \`claimed_by\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\` DROP COLUMN \`next_attempt_at\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\` DROP COLUMN \`attempts\`
        `);
    await queryRunner.query(`
            ALTER TABLE \`notifications\` DROP COLUMN \`channel\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_recommendations_worker_job\` ON \`recommendations\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_recommendations_worker\` ON \`recommendations\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_recommendations_job\` ON \`recommendations\`
        `);
    await queryRunner.query(`
            DROP TABLE \`recommendations\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_wechat_subscriptions_user_template\` ON \`wechat_subscriptions\`
        `);
    await queryRunner.query(`
            DROP TABLE \`wechat_subscriptions\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_fair_jobs_job\` ON \`fair_jobs\`
        `);
    await queryRunner.query(`
            DROP TABLE \`fair_jobs\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_fairs_region_date\` ON \`job_fairs\`
        `);
    await queryRunner.query(`
            DROP TABLE \`job_fairs\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_employment_brand\` ON \`employment_records\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_employment_worker\` ON \`employment_records\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_employment_application\` ON \`employment_records\`
        `);
    await queryRunner.query(`
            DROP TABLE \`employment_records\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_application_events_application\` ON \`application_events\`
        `);
    await queryRunner.query(`
            DROP TABLE \`application_events\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_applications_job_worker\` ON \`job_applications\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_applications_worker\` ON \`job_applications\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_applications_job_status\` ON \`job_applications\`
        `);
    await queryRunner.query(`
            DROP TABLE \`job_applications\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_jobs_status_region\` ON \`job_postings\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_jobs_status_occupation\` ON \`job_postings\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_jobs_employer\` ON \`job_postings\`
        `);
    await queryRunner.query(`
            DROP TABLE \`job_postings\`
        `);
  }
}
