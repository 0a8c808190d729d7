/**
 * npx tsx scripts/eval-summary.ts <dir> [--length short|medium|long] [--verbose]
 * Summary, verdict and rating scores alone (the same block `npm run eval` prints at its end).
 */
import type { SummaryLength } from '../src/core/types';
import { loadCases } from './lib/cases';
import { formatSummaryReport, loadSummaryCases, scoreSummaries } from './lib/summary-scores';

function main(argv: string[]): number {
  const dir = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--length');
  const lengthAt = argv.indexOf('--length');
  const length = (lengthAt >= 0 ? argv[lengthAt + 1] : 'short') as SummaryLength;
  if (!dir || !['short', 'medium', 'long'].includes(length)) {
    console.error('usage: tsx scripts/eval-summary.ts <corpus-dir> [--length short|medium|long] [--verbose]');
    return 2;
  }
  const report = scoreSummaries(loadSummaryCases(loadCases(dir)), length);
  console.log(formatSummaryReport(report, argv.includes('--verbose')));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
