import { query } from '../../api/client.ts';
import { isDatasetType, isStatus } from './labels.ts';
import type { SubmissionStatus } from './submission-types.ts';

// The list's filters live in the address (?status=&datasetType=&organisation=&page=), so a filtered
// list can be bookmarked and shared. Reviewers start on what awaits them; `status=all` shows the rest.

export const PAGE_SIZE = 50;

export interface ListFilters {
  /** null: every status. */
  readonly status: SubmissionStatus | null;
  readonly datasetType: string | null;
  readonly organisation: string | null;
  /** 1-based. */
  readonly page: number;
}

export function readFilters(search: URLSearchParams, reviewer: boolean): ListFilters {
  const status = search.get('status');
  const type = search.get('datasetType');
  const organisation = search.get('organisation')?.trim() || null;
  const page = Number.parseInt(search.get('page') ?? '1', 10);
  return {
    status: isStatus(status) ? status : status === null && reviewer ? 'submitted' : null,
    datasetType: isDatasetType(type) || type === 'demo' ? type : null,
    organisation,
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** The API address answering these filters. */
export function listPath(filters: ListFilters): string {
  return `/api/submissions${query({
    status: filters.status,
    datasetType: filters.datasetType,
    organisation: filters.organisation,
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  })}`;
}

/** The value of ?status= that selects `status` (null: all), given the reviewer's default. */
export function statusParam(status: SubmissionStatus | null, reviewer: boolean): string | null {
  if (status === null) return reviewer ? 'all' : null;
  return reviewer && status === 'submitted' ? null : status;
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
