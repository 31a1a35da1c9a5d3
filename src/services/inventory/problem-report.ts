import type { RowProblem } from '../../core/errors/error-codes.ts';
import type { ProblemSink } from '../../core/inventory-import/dataset-contract.ts';

/**
 * A submission's row-level problems, bounded: a million-row file whose every row is wrong must not
 * hold a million messages. The first `LIMIT` errors and warnings are kept (enough to see every kind
 * of mistake and fix the file); the counts stay complete.
 */
export class ProblemReport implements ProblemSink {
  static readonly LIMIT = 1000;
  readonly errors: RowProblem[] = [];
  readonly warnings: RowProblem[] = [];
  private droppedErrors = 0;
  private droppedWarnings = 0;

  /** Call after each row: drops what is over the limit, counting it. */
  trim(): void {
    if (this.errors.length > ProblemReport.LIMIT) {
      this.droppedErrors += this.errors.length - ProblemReport.LIMIT;
      this.errors.length = ProblemReport.LIMIT;
    }
    if (this.warnings.length > ProblemReport.LIMIT) {
      this.droppedWarnings += this.warnings.length - ProblemReport.LIMIT;
      this.warnings.length = ProblemReport.LIMIT;
    }
  }

  get errorCount(): number {
    return this.errors.length + this.droppedErrors;
  }

  get warningCount(): number {
    return this.warnings.length + this.droppedWarnings;
  }
}
