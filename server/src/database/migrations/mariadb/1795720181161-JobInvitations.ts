import { MigrationInterface, QueryRunner } from "typeorm";

export class JobInvitations1795720181161 implements MigrationInterface {
    name = 'JobInvitations1795720181161'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE \`job_invitations\` (
                \`id\` varchar(36) NOT NULL,
                \`job_id\` varchar(36) NOT NULL,
                \`worker_id\` varchar(36) NOT NULL,
                \`employer_id\` varchar(36) NOT NULL,
                \`status\` varchar(16) NOT NULL,
                \`message\` varchar(100) NULL,
                \`created_by\` varchar(36) NOT NULL,
                \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
                \`responded_at\` datetime NULL,
                INDEX \`ix_invitations_employer_worker\` (\`employer_id\`, \`worker_id\`, \`status\`),
                INDEX \`ix_invitations_worker\` (\`worker_id\`, \`created_at\`),
                UNIQUE INDEX \`uq_invitations_job_worker\` (\`job_id\`, \`worker_id\`),
                PRIMARY KEY (\`id\`)
            ) ENGINE = InnoDB
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX \`uq_invitations_job_worker\` ON \`job_invitations\`
        `);
        await queryRunner.query(`
            DROP INDEX \`ix_invitations_worker\` ON \`job_invitations\`
        `);
        await queryRunner.query(`
            DROP INDEX \`ix_invitations_employer_worker\` ON \`job_invitations\`
        `);
        await queryRunner.query(`
            DROP TABLE \`job_invitations\`
        `);
    }

}
