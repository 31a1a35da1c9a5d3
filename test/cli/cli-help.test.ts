import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS, main } from '../../src/cli/main.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  return { out: () => out.join(''), err: () => err.join('') };
}

describe('hatang CLI', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lists every command in its overview', async () => {
    const io = capture();
    expect(await main(['--help'])).toBe(0);
    for (const command of COMMANDS) expect(io.out()).toContain(`hatang ${command.path.join(' ')}`);
  });

  it.each(COMMANDS.map((c) => [c.path.join(' '), c] as const))(
    '%s --help prints its usage',
    async (_, command) => {
      const io = capture();
      expect(await main([...command.path, '--help'])).toBe(0);
      expect(io.out()).toContain(`Cách dùng: ${command.usage}`);
      expect(io.out()).toContain('--help');
    },
  );

  it('rejects an unknown command with exit code 2 and the overview', async () => {
    const io = capture();
    expect(await main(['frobnicate'])).toBe(2);
    expect(io.err()).toContain('Không có lệnh "frobnicate"');
  });

  it('names the wrong environment variable and exits 1', async () => {
    const io = capture();
    vi.stubEnv('PORT', 'eighty');
    try {
      expect(await main(['db', 'migrate'])).toBe(1);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(io.err()).toContain('PORT="eighty"');
  });

  it('explains a missing argument', async () => {
    const io = capture();
    expect(await main(['units', 'resolve'])).toBe(1);
    expect(io.err()).toContain('Thiếu tên cần tìm');
  });
});
