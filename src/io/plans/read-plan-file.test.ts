import { describe, expect, it } from 'vitest';
import { officerWorkbook, toBuffer } from './fixtures/workbooks.ts';
import { PlanFileError } from './plan-file-error.ts';
import { readPlanFile } from './read-plan-file.ts';

const JSON_PLAN = '{"plan": {"code": "1/KH"}, "targets": [{"indicator": "IT_PARKS"}]}';

async function code(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PlanFileError) return error.code;
    throw error;
  }
  return 'ok';
}

describe('readPlanFile', () => {
  it('reads a workbook by its ZIP bytes whatever its name', async () => {
    const bytes = await toBuffer(officerWorkbook());
    for (const name of ['ke-hoach.xlsx', 'KE HOACH.XLSX', 'upload.bin', 'plan.json']) {
      expect((await readPlanFile(name, bytes)).targets).toHaveLength(3);
    }
  });

  it('reads JSON by its text (with a UTF-8 or UTF-16 byte-order mark) or by its .json name', async () => {
    const expected = {
      plan: { location: { row: 0 }, fields: { code: '1/KH' } },
      targets: [{ location: { row: 1 }, fields: { indicator: 'IT_PARKS' } }],
    };
    expect(await readPlanFile('plan.json', Buffer.from(JSON_PLAN))).toEqual(expected);
    expect(await readPlanFile('plan.xlsx', Buffer.from(`\uFEFF  ${JSON_PLAN}`))).toEqual(expected);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON_PLAN, 'utf16le')]);
    expect(await readPlanFile('plan', utf16)).toEqual(expected);
  });

  it('answers NOT_JSON for a .json that is not JSON, NOT_XLSX for other files, EMPTY for none', async () => {
    expect(await code(readPlanFile('plan.json', Buffer.from('code,titleVi\n1/KH,x')))).toBe('NOT_JSON');
    expect(await code(readPlanFile('plan.json', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 1, 2])))).toBe(
      'NOT_JSON',
    );
    expect(await code(readPlanFile('plan.csv', Buffer.from('code,titleVi\n1/KH,x')))).toBe('NOT_XLSX');
    expect(await code(readPlanFile('plan.xlsx', Buffer.from('code,titleVi\n1/KH,x')))).toBe('NOT_XLSX');
    expect(await code(readPlanFile('plan.xlsx', Buffer.alloc(0)))).toBe('EMPTY');
  });
});
