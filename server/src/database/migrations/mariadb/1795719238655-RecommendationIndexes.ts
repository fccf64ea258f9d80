import { MigrationInterface, QueryRunner } from "typeorm";

export class RecommendationIndexes1795719238655 implements MigrationInterface {
    name = 'RecommendationIndexes1795719238655'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX \`ix_certifications_occupation_status\` ON \`certifications\` (\`occupation_code\`, \`status\`)
        `);
        await queryRunner.query(`
            CREATE INDEX \`ix_sessions_end\` ON \`training_sessions\` (\`end_date\`)
        `);
        await queryRunner.query(`
            CREATE INDEX \`ix_sessions_occupation_end\` ON \`training_sessions\` (\`occupation_code\`, \`end_date\`)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX \`ix_sessions_occupation_end\` ON \`training_sessions\`
        `);
        await queryRunner.query(`
            DROP INDEX \`ix_sessions_end\` ON \`training_sessions\`
        `);
        await queryRunner.query(`
            DROP INDEX \`ix_certifications_occupation_status\` ON \`certifications\`
        `);
    }

}
