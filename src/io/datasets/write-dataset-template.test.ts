import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DatasetDefinition, ImportContext } from '../../core/inventory-import/dataset-contract.ts';
import { importContext, runDataset } from '../../core/inventory-import/dataset-fixtures.test-helper.ts';
import { OTHER_DATASETS } from '../../core/inventory-import/other-datasets.ts';
import type { RawRecord } from '../../core/plans/plan-input.ts';
import { readDatasetFile } from './read-dataset-file.ts';
import {
  DATASET_EXAMPLES,
  GUIDE_SHEET,
  TEMPLATE_ROWS,
  writeDatasetTemplate,
} from './write-dataset-template.ts';

/** The fakes each dataset's example needs (fixed broadband: a Viettel file for a stored village). */
const contextFor = (definition: DatasetDefinition<unknown>): ImportContext =>
  definition.organisationIsOperator
    ? importContext({ organisation: 'VIETTEL', villageCodes: new Set(['01840-T01']) })
    : importContext();

async function readBack(definition: DatasetDefinition<unknown>, bytes: Buffer) {
  const reader = readDatasetFile(
    { name: `${definition.type}.xlsx`, bytes },
    { resolveHeader: definition.fieldOfHeader, requiredKeys: definition.requiredKeys, dataset: definition },
  );
  const info = await reader.info;
  const records: RawRecord[] = [];
  for await (const record of reader.records) records.push(record);
  return { info, records };
}

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** The enumerated columns of each dataset: yes/no, operators, Tier, stages, facility types. */
const LIST_COLUMNS: Record<string, string[]> = {
  villages: [],
  fixed_broadband: ['operator', 'ftth'],
  data_centres: ['tier'],
  it_parks: ['status'],
  postal_facilities: ['type'],
  network_connections: ['isCommunePeoplesCommittee', 'connected'],
};

const definitions = Object.values(OTHER_DATASETS) as DatasetDefinition<unknown>[];

describe.each(definitions.map((d) => [d.type, d] as const))(
  'writeDatasetTemplate(%s)',
  (_type, definition) => {
    it('has headers the reader maps to every field, required ones marked (*)', async () => {
      const bytes = await writeDatasetTemplate(definition);
      const workbook = await workbookOf(bytes);
      const [sheet] = workbook.worksheets;
      const labels = definition.fields.map((_, i) => String(sheet?.getCell(1, i + 1).value));
      expect(labels).toEqual(definition.fields.map((f) => (f.required ? `${f.vi} (*)` : f.vi)));
      expect(workbook.worksheets.map((s) => s.name)).toContain(GUIDE_SHEET);

      const reader = readDatasetFile(
        { name: `${definition.type}.xlsx`, bytes },
        {
          resolveHeader: definition.fieldOfHeader,
          requiredKeys: definition.requiredKeys,
          dataset: definition,
        },
      );
      const info = await reader.info;
      expect(info.columns.map((c) => [c.label, c.key, c.status])).toEqual(
        definition.fields.map((f, i) => [labels[i], f.key, 'read']),
      );
      expect(info.unknownColumns).toEqual([]);
      expect(info.missingKeys).toEqual([]);
    });

    it('offers drop-down lists on the enumerated columns and the hint everywhere', async () => {
      const workbook = await workbookOf(await writeDatasetTemplate(definition));
      const [sheet] = workbook.worksheets;
      definition.fields.forEach((f, i) => {
        for (const row of [2, TEMPLATE_ROWS + 1]) {
          const validation = sheet?.getCell(row, i + 1).dataValidation;
          expect(validation?.prompt, `${f.key} row ${row}`).toBe(f.hintVi);
          if (f.list === undefined) expect(validation?.type, f.key).not.toBe('list');
          else {
            expect(validation?.type, f.key).toBe('list');
            expect(validation?.formulae, f.key).toEqual([`"${f.list.join(',')}"`]);
          }
        }
      });
      expect(definition.fields.filter((f) => f.list !== undefined).map((f) => f.key)).toEqual(
        LIST_COLUMNS[definition.type],
      );
    });

    it('writes an example row that the validator accepts without a problem', async () => {
      const example = DATASET_EXAMPLES[definition.type];
      expect(example).toBeDefined();
      const { records } = await readBack(
        definition,
        await writeDatasetTemplate(definition, { example: true }),
      );
      expect(records).toHaveLength(1);
      expect(records[0]?.location.row).toBe(2);
      const result = runDataset(definition, contextFor(definition), records);
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(result.rows).toHaveLength(1);
      expect(result.summary).toMatchObject({ rows: 1, accepted: 1, additions: 1 });
    });
  },
);

describe('writeDatasetTemplate: details', () => {
  it('keeps the leading zeros of codes and lists the guide with the commune group', async () => {
    const { villages } = OTHER_DATASETS;
    const bytes = await writeDatasetTemplate(villages, { example: true });
    const { records } = await readBack(villages, bytes);
    expect(records[0]?.fields).toMatchObject({
      communeCode: '01840',
      villageCode: '01840-T01',
      lon: 105.8348,
    });
    const workbook = await workbookOf(bytes);
    const guide = workbook.getWorksheet(GUIDE_SHEET);
    const rows = guide?.getSheetValues().filter((r) => Array.isArray(r)) as unknown[][];
    const communeRow = rows.find((r) => r[1] === 'Mã xã');
    expect(communeRow?.[2]).toBe('một trong: Mã xã, Tên xã');
    const codeRow = rows.find((r) => r[1] === 'Mã thôn');
    expect(codeRow?.[2]).toBe('có');
  });
});
