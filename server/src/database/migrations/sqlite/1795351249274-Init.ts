import { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795351249274 implements MigrationInterface {
  name = 'Init1795351249274';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "regions" (
                "code" varchar(6) PRIMARY KEY NOT NULL,
                "name" varchar(64) NOT NULL,
                "parent_code" varchar(6),
                "level" varchar(8) NOT NULL
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_regions_parent_code" ON "regions" ("parent_code")
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
            CREATE UNIQUE INDEX "uq_users_phone" ON "users" ("phone")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_wechat_openid" ON "users" ("wechat_openid")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_users_region_code" ON "users" ("region_code")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
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
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_regions_parent_code"
        `);
    await queryRunner.query(`
            DROP TABLE "regions"
        `);
  }
}
