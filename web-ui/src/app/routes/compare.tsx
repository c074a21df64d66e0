import { Grid, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { COMPARE_TOP_DEFAULT, useRankComparison } from '@/features/rankings/api/get-rank-comparison';
import { useRankingRun } from '@/features/rankings/api/get-ranking-run';
import { ComparisonStats } from '@/features/rankings/components/comparison-stats';
import { ComparisonTable } from '@/features/rankings/components/comparison-table';
import { RankScatter } from '@/features/rankings/components/rank-scatter';
import { RunViews } from '@/features/rankings/components/run-views';
import { topDivergence } from '@/features/rankings/utils/compare-stats';
import { profilePath, runPath } from '@/features/rankings/utils/paths';
import { BackLink } from './back-link';
import { RunPending } from './run-pending';

const TOP_OPTIONS = [10, 25, 50, 100];

function parseTop(value: string | null): number {
  const top = Number.parseInt(value ?? '', 10);
  return TOP_OPTIONS.includes(top) ? top : COMPARE_TOP_DEFAULT;
}

/** Compare: followers vs PageRank vs interactions for one run; where they disagree at the top. */
export function CompareRoute() {
  const { runId = '' } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const top = parseTop(params.get('top'));
  const run = useRankingRun(runId);
  const comparison = useRankComparison(runId, top, !!run.data?.complete);
  const href = (id: string) => profilePath(runId, id);
  const divergence = comparison.data ? topDivergence(comparison.data.rows, top) : undefined;

  return (
    <>
      <BackLink to={runPath(runId)}>{run.data?.name ?? 'Ranking'}</BackLink>
      <PageHeader
        title="Compare"
        description="Followers, PageRank and interactions rank a niche differently, most of all at the top."
        actions={run.data?.complete ? <RunViews runId={runId} active="compare" /> : undefined}
      />
      {run.isError ? (
        <QueryError error={run.error} onRetry={() => run.refetch()} />
      ) : run.data && !run.data.complete ? (
        <RunPending run={run.data} />
      ) : comparison.isError ? (
        <QueryError error={comparison.error} onRetry={() => comparison.refetch()} />
      ) : !comparison.data ? (
        <Stack gap="md" aria-label="Loading the comparison">
          <Skeleton height={150} radius="md" />
          <Skeleton height={380} radius="md" />
        </Stack>
      ) : (
        <Stack gap="lg">
          <Group justify="space-between" align="flex-end">
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Top N
              </Text>
              <SegmentedControl
                size="xs"
                aria-label="Top N"
                value={String(top)}
                onChange={(value) =>
                  setParams(
                    (current) => {
                      const next = new URLSearchParams(current);
                      if (Number(value) === COMPARE_TOP_DEFAULT) {
                        next.delete('top');
                      } else {
                        next.set('top', value);
                      }
                      return next;
                    },
                    { replace: true },
                  )
                }
                data={TOP_OPTIONS.map((option) => ({ value: String(option), label: `Top ${option}` }))}
              />
            </Stack>
            {divergence && (
              <Text size="sm" c="dimmed" maw={620} ta="right" data-testid="divergence-summary">
                {divergence.followersOnly.length === 0
                  ? `Followers and PageRank agree on the top ${top}.`
                  : `${divergence.followersOnly.length} of the top ${top} by followers are not in PageRank’s top ${top}, and ${divergence.pageRankOnly.length} profiles make PageRank’s top ${top} without the followers.`}
              </Text>
            )}
          </Group>
          <ComparisonStats comparison={comparison.data} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <RankScatter rows={comparison.data.rows} onOpenProfile={(id) => navigate(href(id))} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="xs">
                <Title order={4}>Ranks side by side</Title>
                <Text size="sm" c="dimmed">
                  Profiles in any top {top}; bold ranks are inside it. Sort by the gap to find the hidden influencers.
                </Text>
                <ComparisonTable rows={comparison.data.rows} profileHref={href} topN={top} />
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </>
  );
}
