import ExcelJS from 'exceljs';
import type {
  DatasetDefinition,
  DatasetType,
  FieldSpec,
} from '../../core/inventory-import/dataset-contract.ts';

/**
 * The XLSX template of any dataset type, from its definition: Vietnamese headers (required ones marked
 * "(*)"; the reader drops the mark with the rest of what is in parentheses), each column's hint as the
 * input message of its cells, drop-down lists for the columns with a word list, a guide sheet, and on
 * request one example row that passes validation (in Phường Đức Xuân, Thái Nguyên).
 */

/** Rows of the data sheet that get the input messages and drop-downs. */
export const TEMPLATE_ROWS = 5000;

/** Excel's limit on a list validation written inline (`"a,b,c"`). */
const LIST_FORMULA_MAX = 255;

/** Sheet names are at most 31 characters: short names users recognise. */
const SHEET_NAMES: Readonly<Record<DatasetType, string>> = {
  sites: 'Trạm',
  villages: 'Thôn',
  fixed_broadband: 'FTTH',
  data_centres: 'Trung tâm dữ liệu',
  it_parks: 'Khu CNTT',
  postal_facilities: 'Bưu chính',
  network_connections: 'Kết nối TSLCD',
};

export const GUIDE_SHEET = 'Hướng dẫn';

type Example = Readonly<Record<string, string | number>>;

/** Phường Đức Xuân (01840), Thái Nguyên (19): a point inside the ward. */
const DUC_XUAN = {
  communeCode: '01840',
  communeName: 'Phường Đức Xuân',
  provinceName: 'Thái Nguyên',
  lon: 105.8348,
  lat: 22.147,
} as const;

/** One realistic row per dataset type; the template test runs each through its validator. */
export const DATASET_EXAMPLES: Readonly<Partial<Record<DatasetType, Example>>> = {
  villages: {
    villageCode: '01840-T01',
    name: 'Tổ dân phố 1',
    ...DUC_XUAN,
    population: 1234,
    households: 310,
  },
  // No operator: the submitting operator is assumed, whoever downloads the template.
  fixed_broadband: { villageCode: '01840-T01', ftth: 'có', householdsPassed: 250 },
  data_centres: {
    code: 'DC-TNG-01',
    name: 'Trung tâm dữ liệu Thái Nguyên',
    operator: 'VNPT Thái Nguyên',
    ...DUC_XUAN,
    tier: 'Tier III',
    capacityMw: 2.5,
    racks: 200,
    pue: 1.6,
  },
  it_parks: {
    code: 'CNTT-TNG-01',
    name: 'Khu công nghệ thông tin tập trung Thái Nguyên',
    provinceCode: '19',
    provinceName: 'Thái Nguyên',
    areaHa: 52.5,
    status: 'Đang xây dựng',
    bandwidthGbps: 10,
  },
  postal_facilities: {
    code: '231000',
    name: 'Bưu cục Đức Xuân',
    type: 'Bưu cục',
    ...DUC_XUAN,
    capacityTonnesPerDay: 3,
  },
  network_connections: {
    agencyCode: 'H57.19.01840',
    agencyName: 'UBND phường Đức Xuân',
    communeCode: DUC_XUAN.communeCode,
    communeName: DUC_XUAN.communeName,
    provinceName: DUC_XUAN.provinceName,
    isCommunePeoplesCommittee: 'có',
    connected: 'có',
    connectedOn: '15/08/2025',
  },
};

/** Codes keep their leading zeros (`01840`) only in a text column. */
const isCodeColumn = (key: string) => /(^c|C)ode$/.test(key);

/** exceljs keeps range validations in `worksheet.dataValidations` but does not declare it. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function validationOf(f: FieldSpec): ExcelJS.DataValidation {
  const common = { showInputMessage: true, prompt: f.hintVi, showErrorMessage: false };
  if (f.list === undefined) return { type: 'custom', formulae: ['TRUE'], allowBlank: true, ...common };
  const formula = `"${f.list.join(',')}"`;
  if (formula.length > LIST_FORMULA_MAX || f.list.some((w) => w.includes(','))) {
    throw new Error(`the word list of ${f.key} cannot be an inline Excel list`);
  }
  // No error alert: the reader accepts more spellings than the list shows.
  return { type: 'list', formulae: [formula], allowBlank: !f.required, ...common };
}

/** `có`, or the group a field belongs to (`một trong: Mã xã, Tên xã`). */
function requiredWords<Row, K extends string>(
  definition: DatasetDefinition<Row, K>,
  f: FieldSpec<K>,
): string {
  if (f.required) return 'có';
  const group = definition.requiredOneOf?.find((g) => g.includes(f.key));
  if (group === undefined) return '';
  const labels = group.map((k) => definition.fields.find((g) => g.key === k)?.vi ?? k);
  return `một trong: ${labels.join(', ')}`;
}

function addGuide<Row, K extends string>(workbook: ExcelJS.Workbook, definition: DatasetDefinition<Row, K>) {
  const guide = workbook.addWorksheet(GUIDE_SHEET);
  guide.addRow([`${definition.titleVi} (${definition.titleEn})`]).font = { bold: true, size: 13 };
  guide.addRow(['Các cột đánh dấu (*) là bắt buộc. Mỗi dòng một đối tượng; dòng trống được bỏ qua.']);
  guide.addRow([]);
  guide.addRow(['Cột', 'Bắt buộc', 'Cách ghi', 'Chọn trong danh sách', 'Tên cột khác được chấp nhận']).font =
    {
      bold: true,
    };
  for (const f of definition.fields) {
    guide.addRow([
      f.vi,
      requiredWords(definition, f),
      f.hintVi,
      f.list?.join('; ') ?? '',
      f.aliases.join('; '),
    ]);
  }
  guide.getColumn(1).width = 30;
  guide.getColumn(2).width = 24;
  guide.getColumn(3).width = 70;
  guide.getColumn(4).width = 40;
  guide.getColumn(5).width = 60;
}

export async function writeDatasetTemplate<Row, K extends string>(
  definition: DatasetDefinition<Row, K>,
  options: { example?: boolean } = {},
): Promise<Buffer> {
  const { fields } = definition;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Hatang';
  const sheet = workbook.addWorksheet(SHEET_NAMES[definition.type], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(fields.map((f) => (f.required ? `${f.vi} (*)` : f.vi))).font = { bold: true };
  const ranges = sheet as unknown as RangeValidations;
  fields.forEach((f, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(12, f.vi.length + 6);
    if (isCodeColumn(f.key)) column.numFmt = '@';
    // One validation for the whole column range, not one per cell: the file stays small.
    const letter = column.letter;
    ranges.dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, validationOf(f));
  });
  const example = options.example ? DATASET_EXAMPLES[definition.type] : undefined;
  if (example !== undefined) {
    fields.forEach((f, i) => {
      const value = example[f.key];
      if (value !== undefined) sheet.getCell(2, i + 1).value = value;
    });
  }
  addGuide(workbook, definition);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
