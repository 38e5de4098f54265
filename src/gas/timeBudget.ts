/**
 * Apps Script stops an execution after 6 minutes without running its `finally` blocks, and the
 * person sees Google's raw "Exceeded maximum execution time". Publish therefore checks its own
 * elapsed time between phases and stops cleanly well before the limit.
 */
import { UserError } from './errors';

/** Publish starts no new phase after this: the longest phase must still fit in what remains of Google's 6 minutes. */
export const PUBLISH_BUDGET_MS = 4 * 60 * 1000;

export class TimeBudget {
  constructor(
    private readonly startedAt: number = Date.now(),
    private readonly budgetMs: number = PUBLISH_BUDGET_MS,
  ) {}

  elapsed(): number {
    return Date.now() - this.startedAt;
  }

  /** Throws a clear, bilingual stop before a phase that might not finish in time. */
  check(): void {
    if (this.elapsed() <= this.budgetMs) return;
    throw budgetStop();
  }
}

/** What a publish stopped by its time budget says (the menu recognises it by its code). */
export function budgetStop(): UserError {
  return new UserError(
    'TIME_BUDGET',
    'การเผยแพร่ใช้เวลานานเกินไป จึงหยุดไว้ก่อนถึงเวลาที่ Google กำหนด (๖ นาที) เอกสารที่เผยแพร่ไว้ยังเป็นฉบับเดิม โปรดลองเผยแพร่ใหม่อีกครั้ง',
    'Publishing was taking too long, so it stopped before Google\'s 6-minute limit. The published report is unchanged; please publish again.',
  );
}
