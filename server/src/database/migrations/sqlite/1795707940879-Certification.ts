import { MigrationInterface, QueryRunner } from 'typeorm';

export class Certification1795707940879 implements MigrationInterface {
  name = 'Certification1795707940879';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "certifications" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "worker_id" varchar(36) NOT NULL,
                "enrolment_id" varchar(36) NOT NULL,
                "session_id" varchar(36) NOT NULL,
                "provider_id" varchar(36) NOT NULL,
                "region_code" varchar(6) NOT NULL,
                "brand_code" varchar(48) NOT NULL,
                "occupation_code" varchar(48) NOT NULL,
                "certificate_type" varchar(16) NOT NULL,
                "level" integer,
                "status" varchar(16) NOT NULL,
                "applied_by" varchar(16) NOT NULL,
                "attempt" integer NOT NULL DEFAULT (1),
                "open_key" varchar(160),
                "scheduled_at" datetime,
                "place" varchar(100),
                "score" integer,
                "certificate_no" varchar(40),
                "issuer" varchar(60),
                "issued_on" varchar(10),
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "updated_at" datetime NOT NULL DEFAULT (datetime('now'))
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_certifications_worker" ON "certifications" ("worker_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_certifications_session" ON "certifications" ("session_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_certifications_open_key" ON "certifications" ("open_key")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_certifications_certificate_no" ON "certifications" ("certificate_no")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_certifications_region_status" ON "certifications" ("region_code", "status", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "certification_events" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "certification_id" varchar(36) NOT NULL,
                "status" varchar(16) NOT NULL,
                "at" datetime(3) NOT NULL,
                "actor_id" varchar(36) NOT NULL,
                "note" varchar(200)
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_certification_events_certification" ON "certification_events" ("certification_id", "at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "ix_certification_events_certification"
        `);
    await queryRunner.query(`
            DROP TABLE "certification_events"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_certifications_region_status"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_certifications_certificate_no"
        `);
    await queryRunner.query(`
            DROP INDEX "uq_certifications_open_key"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_certifications_session"
        `);
    await queryRunner.query(`
            DROP INDEX "ix_certifications_worker"
        `);
    await queryRunner.query(`
            DROP TABLE "certifications"
        `);
  }
}
