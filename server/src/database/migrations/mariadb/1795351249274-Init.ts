import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795351249274 implements MigrationInterface {
  name = 'Init1795351249274';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE \`regions\` (
                \`code\` varchar(6) NOT NULL,
                \`name\` varchar(64) NOT NULL,
                \`parent_code\` varchar(6) NULL,
                \`level\` varchar(8) NOT NULL,
                INDEX \`ix_regions_parent_code\` (\`parent_code\`),
                PRIMARY KEY (\`code\`)
            ) ENGINE = InnoDB
        `);
    await queryRunner.query(`
            CREATE TABLE \`users\` (
                \`id\` varchar(36) NOT NULL,
                \`display_name\` varchar(64) NOT NULL,
                \`phone\` varchar(11) NULL,
                \`wechat_openid\` varchar(64) NULL,
                \`wechat_unionid\` varchar(64) NULL,
                \`roles\` text NOT NULL,
                \`status\` varchar(16) NOT NULL DEFAULT 'active',
                \`region_code\` varchar(6) NULL,
                \`is_demo\` tinyint NOT NULL DEFAULT 0,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
                UNIQUE INDEX \`uq_users_phone\` (\`phone\`),
                UNIQUE INDEX \`uq_users_wechat_openid\` (\`wechat_openid\`),
                INDEX \`ix_users_region_code\` (\`region_code\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX \`ix_users_region_code\` ON \`users\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_users_wechat_openid\` ON \`users\`
        `);
    await queryRunner.query(`
            DROP INDEX \`uq_users_phone\` ON \`users\`
        `);
    await queryRunner.query(`
            DROP TABLE \`users\`
        `);
    await queryRunner.query(`
            DROP INDEX \`ix_regions_parent_code\` ON \`regions\`
        `);
    await queryRunner.query(`
            DROP TABLE \`regions\`
        `);
  }
}
