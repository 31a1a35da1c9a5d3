import { describe, expect, it } from 'vitest';
import {
  datasetTitle,
  isDatasetType,
  isOperatorDataset,
  isStatus,
  statusClass,
  statusLabel,
} from './labels.ts';

describe('status names', () => {
  it('are the server’s, written as labels', () => {
    expect(statusLabel('submitted', 'vi')).toBe('Đã gửi, chờ duyệt');
    expect(statusLabel('draft', 'en')).toBe('Draft');
    expect(statusLabel('invalid', 'vi')).toBe('Tệp có lỗi, không được lưu');
  });
  it('give each status its own badge class', () => {
    expect(statusClass('approved')).toBe('badge sub-status sub-status-approved');
  });
  it('recognise statuses', () => {
    expect(isStatus('rejected')).toBe(true);
    expect(isStatus('deleted')).toBe(false);
    expect(isStatus(null)).toBe(false);
  });
});

describe('dataset names', () => {
  it('come from the dataset registry in both languages', () => {
    expect(datasetTitle('sites', 'vi')).toBe('Trạm thông tin di động');
    expect(datasetTitle('sites', 'en')).toBe('Mobile sites');
    expect(datasetTitle('villages', 'vi')).toBe('Thôn, bản, tổ dân phố');
  });
  it('name the synthetic inventory and keep unknown types as they are', () => {
    expect(datasetTitle('demo', 'en')).toBe('Sample inventory (synthetic)');
    expect(datasetTitle('towers', 'vi')).toBe('towers');
  });
  it('tell operator datasets apart', () => {
    expect(isDatasetType('fixed_broadband')).toBe(true);
    expect(isDatasetType('demo')).toBe(false);
    expect(isOperatorDataset('sites')).toBe(true);
    expect(isOperatorDataset('fixed_broadband')).toBe(true);
    expect(isOperatorDataset('villages')).toBe(false);
  });
});
