import type { CheckInput } from '../../engine/bill-builder.ts';
import type { ScenarioLayout } from '../../engine/layout.ts';
import { needsTwoFeeds } from '../../engine/redundancy.ts';

/**
 * B feeds in a scenario whose power takes one feed per row (N, N+1, block): the engine bills no B side there (neither
 * its UPS lineup nor its busway), so the feed is flagged rather than half counted.
 */
export function feedSideChecks(layout: ScenarioLayout): CheckInput[] {
  const redundancy = layout.scenario.powerRedundancy;
  if (needsTwoFeeds(redundancy)) return [];
  return layout.feeds
    .filter((f) => f.side === 'B')
    .map((f) => ({
      severity: 'warning' as const,
      code: 'b-feed-without-2n' as const,
      message: `${f.name} is a B-side feed, but ${layout.scenario.name} has ${redundancy} power (one feed per row): it is not billed; set the power to 2N or 2(N+1), or remove the feed`,
      subject: { type: 'powerFeed', id: f.id },
    }));
}
