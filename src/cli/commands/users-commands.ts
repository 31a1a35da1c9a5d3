import { parseArgs } from 'node:util';
import { ROLES } from '../../core/auth/actor.ts';
import { CLI_CONTEXT } from '../../services/auth/audit-service.ts';
import { createServices } from '../../services/services.ts';
import { type Command, CommandError } from '../command.ts';
import { withDatabase } from '../runtime.ts';

const print = (line: string) => process.stdout.write(`${line}\n`);

export const usersAddCommand: Command = {
  path: ['users', 'add'],
  summary: 'Tạo tài khoản / add a user',
  usage:
    'hatang users add TÊN --role VAI_TRÒ[,…] [--province MÃ,…] [--operator MÃ] [--name "Họ tên"] [--json]',
  options: [
    `--role            ${ROLES.join(', ')}`,
    '--province MÃ,…   các tỉnh cán bộ cấp tỉnh phụ trách (ví dụ 19)',
    '--operator MÃ     nhà mạng của tài khoản doanh nghiệp (ví dụ VIETTEL)',
    'Mật khẩu dùng một lần được in ra một lần duy nhất; người dùng đổi khi đăng nhập lần đầu.',
  ],
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        province: { type: 'string' },
        operator: { type: 'string' },
        name: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const [username] = positionals;
    if (!username || !values.role)
      throw new CommandError(
        'Cần tên đăng nhập và --role. Ví dụ: hatang users add an.nguyen --role provincial_officer --province 19',
      );
    return withDatabase(
      async ({ db }) => {
        const { users } = createServices(db);
        const { user, password } = await users.add(
          {
            username,
            roles: values.role?.split(',') ?? [],
            ...(values.province ? { provinces: values.province.split(',') } : {}),
            ...(values.operator ? { operator: values.operator } : {}),
            ...(values.name ? { displayName: values.name } : {}),
          },
          CLI_CONTEXT,
        );
        if (values.json) print(JSON.stringify({ user, password }));
        else {
          print(`Đã tạo ${user.username} (${user.roles.join(', ')}).`);
          if (password) print(`Mật khẩu dùng một lần (chỉ hiện lần này): ${password}`);
        }
        return 0;
      },
      { prepare: true },
    );
  },
};

export const usersListCommand: Command = {
  path: ['users', 'list'],
  summary: 'Danh sách tài khoản / list users',
  usage: 'hatang users list [--json]',
  async run(args) {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
    return withDatabase(
      async ({ db }) => {
        const list = await createServices(db).users.list();
        if (values.json) print(JSON.stringify(list));
        else {
          for (const u of list) {
            const scope = [u.provinces.length > 0 ? `tỉnh ${u.provinces.join(',')}` : '', u.operator ?? '']
              .filter(Boolean)
              .join('; ');
            print(
              `${u.username}\t${u.roles.join(',')}\t${scope}\t${u.disabledAt ? `đã khoá ${u.disabledAt}` : 'hoạt động'}`,
            );
          }
        }
        return 0;
      },
      { prepare: true },
    );
  },
};

export const usersDisableCommand: Command = {
  path: ['users', 'disable'],
  summary: 'Khoá tài khoản (kết thúc mọi phiên) / disable a user',
  usage: 'hatang users disable TÊN',
  async run(args) {
    const [username] = parseArgs({ args, allowPositionals: true, options: {} }).positionals;
    if (!username) throw new CommandError('Cần tên đăng nhập.');
    return withDatabase(
      async ({ db }) => {
        const user = await createServices(db).users.disable(username, CLI_CONTEXT);
        print(`Đã khoá ${user.username}.`);
        return 0;
      },
      { prepare: true },
    );
  },
};

export const usersTokenCommand: Command = {
  path: ['users', 'token'],
  summary: 'Tạo mã truy cập API cho máy nộp số liệu / create an API token',
  usage: 'hatang users token TÊN [--name "mô tả"]',
  options: ['Mã được in một lần duy nhất; hệ thống chỉ lưu bản băm. Gửi kèm: Authorization: Bearer <mã>'],
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' } },
    });
    const [username] = positionals;
    if (!username) throw new CommandError('Cần tên đăng nhập.');
    return withDatabase(
      async ({ db }) => {
        const { token, stored } = await createServices(db).users.createToken(
          username,
          values.name ?? 'cli',
          CLI_CONTEXT,
        );
        print(`Mã truy cập "${stored.name}" của ${username} (chỉ hiện lần này):\n${token}`);
        return 0;
      },
      { prepare: true },
    );
  },
};

export const usersPasswordCommand: Command = {
  path: ['users', 'password'],
  summary: 'Đặt mật khẩu dùng một lần mới (kết thúc mọi phiên) / reset a password',
  usage: 'hatang users password TÊN',
  options: [
    'Mật khẩu mới được in một lần duy nhất; người dùng phải đổi khi đăng nhập lần sau. Mã truy cập API giữ nguyên.',
  ],
  async run(args) {
    const [username] = parseArgs({ args, allowPositionals: true, options: {} }).positionals;
    if (!username) throw new CommandError('Cần tên đăng nhập. Ví dụ: hatang users password an.nguyen');
    return withDatabase(
      async ({ db }) => {
        const { user, password } = await createServices(db).users.resetPassword(username, CLI_CONTEXT);
        print(`Mật khẩu dùng một lần mới của ${user.username} (chỉ hiện lần này): ${password}`);
        return 0;
      },
      { prepare: true },
    );
  },
};

export const usersCommands: Command[] = [
  usersAddCommand,
  usersListCommand,
  usersDisableCommand,
  usersTokenCommand,
  usersPasswordCommand,
];
