/** Prints one closing line in the plain form CI reads: "N passed, N failed, N skipped". */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  private final = new Map<string, TestResult['status']>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.final.set(test.id, result.status);
  }

  onEnd(): void {
    for (const status of this.final.values()) {
      if (status === 'passed') this.passed++;
      else if (status === 'skipped') this.skipped++;
      else this.failed++;
    }
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }
}
