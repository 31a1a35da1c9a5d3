import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config.ts';
import { openDatabase } from '../../db/open-database.ts';
import { startServer } from '../../http/server.ts';
import { createLogger } from '../../logging/logger.ts';
import { prepareDatabase } from '../../services/bootstrap.ts';
import type { Command } from '../command.ts';
import { startDemoLoad } from '../demo-job.ts';

export const serveCommand: Command = {
  path: ['serve'],
  summary: 'Chạy máy chủ (API + giao diện web) / run the server',
  usage: 'hatang serve [--port N] [--host H]',
  options: [
    '--port N   cổng (mặc định PORT hoặc 8080)',
    '--host H   địa chỉ lắng nghe (mặc định HOST hoặc 127.0.0.1)',
  ],
  async run(args) {
    const { values } = parseArgs({ args, options: { port: { type: 'string' }, host: { type: 'string' } } });
    const config = loadConfig({
      ...process.env,
      ...(values.port !== undefined ? { PORT: values.port } : {}),
      ...(values.host !== undefined ? { HOST: values.host } : {}),
    });
    const logger = createLogger(config.logLevel);
    const started = Date.now();
    logger.info(
      config.databaseUrl
        ? 'Kết nối PostgreSQL (DATABASE_URL)'
        : `Mở CSDL nhúng tại ${config.dataDir} (lần đầu mất khoảng 15–30 giây)`,
    );
    const db = await openDatabase(config);
    await prepareDatabase(db, { logger, loadReferenceData: config.loadReferenceData });
    const server = await startServer({
      database: db,
      port: config.port,
      host: config.host,
      logger,
      ...(config.webDistDir ? { webDistDir: config.webDistDir } : {}),
    });
    // A new installation has no account: its first admin's one-time password is printed once, here.
    const firstAdmin = await server.services.users.ensureFirstAdmin();
    if (firstAdmin) {
      process.stdout.write(
        `Tài khoản quản trị đầu tiên: ${firstAdmin.username} / mật khẩu dùng một lần: ${firstAdmin.password}\n` +
          '(chỉ hiện lần này; đổi mật khẩu khi đăng nhập, tạo thêm tài khoản bằng "hatang users add")\n',
      );
    }
    process.stdout.write(
      `Hatang đang chạy tại ${server.url} (sẵn sàng sau ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
    );
    // The demo inventory (~250k synthetic rows) loads after the server answers, so a first start is
    // usable at once; /api/health shows the job's progress. Production sets HATANG_DEMO_DATA=false.
    const demo = config.demoData ? startDemoLoad(server.services, logger) : Promise.resolve();
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    logger.info('Đang dừng…');
    await server.close();
    await demo;
    // PGlite writes its data directory on close: closing is what makes the next start fast and safe.
    await db.close();
    return 0;
  },
};
