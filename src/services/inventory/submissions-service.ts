import { type Actor, hasRole, officerProvinces } from '../../core/auth/actor.ts';
import {
  isAllowed,
  OPERATOR_DATASET_TYPES,
  submissionVisibility,
  submissionVisible,
} from '../../core/auth/policy.ts';
import type { SubmissionResource } from '../../core/auth/resources.ts';
import { HatangError, invalidParameter } from '../../core/errors/error-codes.ts';
import type { DatasetType } from '../../core/inventory-import/dataset-contract.ts';
import { MAX_COMMENT, STEPS, stepProblem, type WorkflowStep } from '../../core/submissions/workflow.ts';
import type { Database, Queryable } from '../../db/database.ts';
import {
  type StoredSubmission,
  SubmissionRepository,
  type SubmissionScope,
  type SubmissionStatus,
} from '../../db/inventory/submission-repository.ts';
import {
  type StagedRow,
  SubmissionRowRepository,
  type VersionComparison,
} from '../../db/inventory/submission-row-repository.ts';
import { AuditService } from '../auth/audit-service.ts';
import { authorize, denialError } from '../auth/authorization.ts';
import type { Caller } from '../auth/caller.ts';
import type { UnitsService } from '../units/units-service.ts';
import { applySubmission } from './apply-submission.ts';
import type { CoverageService } from './coverage-service.ts';
import { currentUnitIds } from './import-context.ts';
import { auditedSubmission } from './submission-audit.ts';

export interface SubmissionListFilter {
  organisation?: string;
  status?: SubmissionStatus;
  datasetType?: DatasetType;
  limit: number;
  offset: number;
}

/** What the policy needs to know of a stored submission. */
export function resourceOf(s: StoredSubmission): SubmissionResource {
  return {
    datasetType: s.datasetType,
    organisation: s.organisation,
    provinceCodes: s.provinceCodes,
    status: s.status,
  };
}

/**
 * Submissions after upload: reading them (each actor sees only theirs: the policy's submission
 * visibility), the review workflow (submit → approve or reject, core/submissions/workflow.ts), and the
 * history: every version's rows can be read and two versions compared. Approval makes the rows current
 * and brings coverage and indicators up to date; every step is audited in its own transaction.
 */
export class SubmissionsService {
  constructor(
    private readonly db: Database,
    private readonly units: UnitsService,
    private readonly coverage: CoverageService,
  ) {}

  /** A submission the actor may see; another operator's answers as missing (its existence is not theirs). */
  async submission(id: number, actor: Actor): Promise<StoredSubmission> {
    const found = await new SubmissionRepository(this.db).findById(id);
    if (found !== null && submissionVisible(submissionVisibility(actor), resourceOf(found))) return found;
    if (actor.kind === 'anonymous') {
      authorize(actor, 'read_submission', {
        datasetType: 'sites',
        organisation: '',
        provinceCodes: [],
        status: 'approved',
      });
    }
    throw new HatangError('SUBMISSION_NOT_FOUND', { id });
  }

  /** The submissions the actor may see: all for planners and admins; an operator's own and an officer's provinces' otherwise. */
  async submissions(
    filter: SubmissionListFilter,
    actor: Actor,
  ): Promise<{ items: StoredSubmission[]; total: number }> {
    const visibility = submissionVisibility(actor);
    if (visibility.kind === 'none') throw denialError(visibility.denial);
    const scope: SubmissionScope =
      visibility.kind === 'all'
        ? { kind: 'all' }
        : {
            kind: 'scoped',
            operator: visibility.operator,
            operatorTypes: OPERATOR_DATASET_TYPES,
            provinces: visibility.provinces,
          };
    return new SubmissionRepository(this.db).list({ ...filter, scope });
  }

  /** Draft → submitted, by whoever may send it (the same rule as uploading it). */
  async submit(id: number, caller: Caller): Promise<StoredSubmission> {
    const found = await this.submission(id, caller.actor);
    authorize(caller.actor, 'create_submission', resourceOf(found));
    return this.step(found, 'submit', caller, null);
  }

  /**
   * Submitted → approved: the rows become current (in the same transaction as the status and its audit
   * entry), then coverage and indicators are recomputed. Nobody approves their own upload.
   */
  async approve(
    id: number,
    caller: Caller,
    comment: string | null,
    onProgress: (message: string) => void = () => {},
  ): Promise<StoredSubmission> {
    const found = await this.reviewable(id, caller);
    onProgress('Duyệt và áp dụng dữ liệu');
    const approved = await this.step(found, 'approve', caller, checkComment(comment, false), async (tx) => {
      const catalogue = await this.units.catalogue();
      const type = found.datasetType;
      if (type === 'demo') return {};
      const applied = await applySubmission(
        tx,
        { id, datasetType: type, organisation: found.organisation },
        currentUnitIds(catalogue),
        (n) => onProgress(`Áp dụng ${n.toLocaleString('vi-VN')} dòng`),
      );
      return { applied };
    });
    if (found.datasetType !== 'demo') {
      onProgress('Tính lại vùng phủ và chỉ tiêu');
      await this.coverage.afterSubmission({
        submissionId: id,
        datasetType: found.datasetType,
        period: found.period,
        onProgress,
      });
    }
    return approved;
  }

  /** Submitted → rejected, with the reviewer's comment saying what to correct (required). */
  async reject(id: number, caller: Caller, comment: string | null): Promise<StoredSubmission> {
    const found = await this.reviewable(id, caller);
    return this.step(found, 'reject', caller, checkComment(comment, true));
  }

  /** The rows a version carries, in file order; an officer sees those in their provinces only. */
  async rows(
    id: number,
    actor: Actor,
    page: { limit: number; offset: number },
  ): Promise<{ submission: StoredSubmission; items: StagedRow[]; total: number }> {
    const submission = await this.submission(id, actor);
    const result = await new SubmissionRowRepository(this.db).page(id, {
      provinces: rowScope(actor, submission),
      ...page,
    });
    return { submission, ...result };
  }

  /** What changed from version `fromId` to version `toId` (both visible, of the same dataset type). */
  async compare(
    fromId: number,
    toId: number,
    actor: Actor,
    limit: number,
  ): Promise<VersionComparison & { from: StoredSubmission; to: StoredSubmission }> {
    const from = await this.submission(fromId, actor);
    const to = await this.submission(toId, actor);
    if (from.datasetType !== to.datasetType) {
      throw invalidParameter('with', String(fromId), 'sameDatasetType', { datasetType: to.datasetType });
    }
    const fromScope = rowScope(actor, from);
    const toScope = rowScope(actor, to);
    const provinces =
      fromScope === null
        ? toScope
        : toScope === null
          ? fromScope
          : fromScope.filter((p) => toScope.includes(p));
    const result = await new SubmissionRowRepository(this.db).compare(fromId, toId, { provinces, limit });
    return { ...result, from, to };
  }

  /** A submission the caller may review: visible, the policy's reviewer, and not its own sender. */
  private async reviewable(id: number, caller: Caller): Promise<StoredSubmission> {
    const found = await this.submission(id, caller.actor);
    authorize(caller.actor, 'review_submission', resourceOf(found));
    if (found.createdById !== null && found.createdById === caller.context.userId) {
      throw new HatangError('SELF_REVIEW', { id });
    }
    return found;
  }

  /** One workflow step, its audit entry and `work` (the approval's rows) in one transaction. */
  private async step(
    found: StoredSubmission,
    step: WorkflowStep,
    caller: Caller,
    comment: string | null,
    work?: (tx: Queryable) => Promise<Record<string, unknown>>,
  ): Promise<StoredSubmission> {
    const problem = stepProblem(found.id, found.status, step);
    if (problem) throw problem;
    const { to, from } = STEPS[step];
    const review =
      step === 'submit'
        ? undefined
        : { reviewer: { id: caller.context.userId, name: caller.context.username }, comment };
    await this.db.transaction(async (tx) => {
      const submissions = new SubmissionRepository(tx);
      // Another reviewer may have been first since `found` was read: then this step is refused whole.
      if (!(await submissions.transition(found.id, from, to, review))) {
        const now = await submissions.findById(found.id);
        throw (
          stepProblem(found.id, now?.status ?? to, step) ??
          new HatangError('SUBMISSION_NOT_FOUND', { id: found.id })
        );
      }
      const extra = work ? await work(tx) : {};
      await new AuditService(tx).record(caller.context, {
        action: `submission.${step}`,
        entity: 'submission',
        entityId: String(found.id),
        before: auditedSubmission(found),
        after: { ...auditedSubmission(await submissions.findById(found.id)), ...extra },
      });
    });
    const stored = await new SubmissionRepository(this.db).findById(found.id);
    if (!stored) throw new HatangError('SUBMISSION_NOT_FOUND', { id: found.id });
    return stored;
  }
}

/** Null: every row; else the provinces whose rows the actor may read (an officer's view of a wider file). */
function rowScope(actor: Actor, s: StoredSubmission): readonly string[] | null {
  if (hasRole(actor, 'admin') || hasRole(actor, 'national_planner')) return null;
  const resource = resourceOf(s);
  // The sending operator sees its whole file; province senders too (every row was theirs to send).
  if (isAllowed(actor, 'create_submission', resource)) return null;
  return officerProvinces(actor);
}

function checkComment(comment: string | null, required: boolean): string | null {
  const text = comment?.trim() ?? '';
  if (text.length > MAX_COMMENT)
    throw invalidParameter('comment', `${text.slice(0, 40)}…`, 'comment', { max: MAX_COMMENT });
  if (text === '') {
    if (required) throw invalidParameter('comment', '', 'rejectComment');
    return null;
  }
  return text;
}
