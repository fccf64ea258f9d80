import { MigrationInterface, QueryRunner } from "typeorm";

export class JobInvitations1795720181161 implements MigrationInterface {
    name = 'JobInvitations1795720181161'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "job_invitations" (
                "id" varchar(36) PRIMARY KEY NOT NULL,
                "job_id" varchar(36) NOT NULL,
                "worker_id" varchar(36) NOT NULL,
                "employer_id" varchar(36) NOT NULL,
                "status" varchar(16) NOT NULL,
                "message" varchar(100),
                "created_by" varchar(36) NOT NULL,
                "created_at" datetime NOT NULL DEFAULT (datetime('now')),
                "responded_at" datetime
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_invitations_employer_worker" ON "job_invitations" ("employer_id", "worker_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_invitations_worker" ON "job_invitations" ("worker_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_invitations_job_worker" ON "job_invitations" ("job_id", "worker_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "uq_invitations_job_worker"
        `);
        await queryRunner.query(`
            DROP INDEX "ix_invitations_worker"
        `);
        await queryRunner.query(`
            DROP INDEX "ix_invitations_employer_worker"
        `);
        await queryRunner.query(`
            DROP TABLE "job_invitations"
        `);
    }

}
