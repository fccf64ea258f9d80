#!/usr/bin/env node
// `npm start`: install if needed, build, migrate + seed the database, serve API and H5 app on one URL.
import { buildAll, ensureInstalled, prepareDatabase, startServer } from './lib/setup.mjs';

const env = { ...process.env };
env.NODE_ENV ??= 'development';
if (env.NODE_ENV !== 'production') env.DEMO ??= '1';
env.PORT ??= '3000';

try {
  ensureInstalled();
  buildAll();
  prepareDatabase(env);
  const server = await startServer(env);
  const url = `http://localhost:${env.PORT}`;
  console.log(`
──────────────────────────────────────────────
 劳务品牌服务平台已启动：${url}
 API 文档：${url}/docs
 数据库：${env.DATABASE_URL ? env.DATABASE_URL.replace(/:[^:@/]*@/, ':***@') : 'SQLite（data/labor-brand.sqlite）'}
${
  env.DEMO === '1' || env.DEMO === 'true'
    ? ` 体验账号（登录页点击对应按钮）：
   劳动者     黄秀梅         138****0001
   用人单位   玉林福绵服装有限公司 138****0002
   培训讲师   李建华老师     138****0003
   管理员     玉林市人社局（管辖 450900 玉林市）138****0004`
    : ' 演示模式已关闭'
}
 按 Ctrl+C 停止
──────────────────────────────────────────────`);
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
} catch (error) {
  console.error(`启动失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
