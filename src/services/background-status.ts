/** What a long job started at boot is doing, for /api/health and the UI ("đang tạo dữ liệu mẫu…"). */
export interface BackgroundJob {
  state: 'idle' | 'running' | 'done' | 'failed';
  message: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

export class BackgroundStatus {
  readonly #jobs = new Map<string, BackgroundJob>();

  start(name: string, message: string): void {
    this.#jobs.set(name, {
      state: 'running',
      message,
      startedAt: new Date().toISOString(),
      finishedAt: null,
    });
  }

  progress(name: string, message: string): void {
    const job = this.#jobs.get(name);
    if (job) job.message = message;
  }

  finish(name: string, state: 'done' | 'failed', message: string): void {
    const job = this.#jobs.get(name);
    this.#jobs.set(name, {
      state,
      message,
      startedAt: job?.startedAt ?? null,
      finishedAt: new Date().toISOString(),
    });
  }

  snapshot(): Record<string, BackgroundJob> {
    return Object.fromEntries([...this.#jobs].map(([k, v]) => [k, { ...v }]));
  }
}
