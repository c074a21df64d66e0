import { Card, Text, Title } from '@mantine/core';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistoryPoint } from '@/types/ranking-models';
import { formatScore } from '../utils/format';

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

type ChartPoint = { runId: string; runName: string; when: string; rank: number; score: string };

export function toHistoryPoints(history: HistoryPoint[]): ChartPoint[] {
  return [...history]
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((point) => ({
      runId: point.runId,
      runName: point.runName,
      when: Number.isNaN(Date.parse(point.at)) ? point.at : shortDate.format(new Date(point.at)),
      rank: point.rank ?? 0,
      score: formatScore(point.score),
    }));
}

function HistoryTooltip({ active, payload }: { active?: boolean; payload?: { payload: ChartPoint }[] }) {
  if (!active || !payload?.length) {
    return null;
  }
  const point = payload[0].payload;
  return (
    <Card padding="xs" radius="sm" shadow="sm">
      <Text size="xs" fw={600}>
        {point.runName}
      </Text>
      <Text size="xs">
        Rank #{point.rank} · score {point.score}
      </Text>
      <Text size="xs" c="dimmed">
        {point.when}
      </Text>
    </Card>
  );
}

type DotProps = { cx?: number; cy?: number; payload?: ChartPoint; currentRunId: string };

/** A point of the line; this run's is filled. */
function HistoryDot({ cx, cy, payload, currentRunId }: DotProps) {
  if (typeof cx !== 'number' || typeof cy !== 'number') {
    return null;
  }
  const current = payload?.runId === currentRunId;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={current ? 6 : 4}
      fill={current ? 'var(--mantine-color-indigo-6)' : 'white'}
      stroke="var(--mantine-color-indigo-6)"
      strokeWidth={2}
    />
  );
}

/** Its rank over the runs of the same scope; up is better (rank 1 at the top). */
export function RankHistoryChart({ history, currentRunId }: { history: HistoryPoint[]; currentRunId: string }) {
  const points = toHistoryPoints(history);
  const worst = Math.max(1, ...points.map((point) => point.rank));
  return (
    <Card padding="lg" radius="md" h="100%" aria-label="Rank history">
      <Title order={4} mb={4}>
        Rank history
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {points.length <= 1
          ? 'Only this run so far: each new run of the same scope adds a point.'
          : `Its rank in ${points.length} runs of the same scope.`}
      </Text>
      <div style={{ width: '100%', height: 200 }} data-testid="rank-history-chart">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 10, right: 16, bottom: 0, left: -12 }}>
            <CartesianGrid stroke="var(--mantine-color-gray-2)" vertical={false} />
            <XAxis dataKey="when" tick={{ fontSize: 11, fill: 'var(--mantine-color-gray-6)' }} tickLine={false} axisLine={false} />
            <YAxis
              reversed
              allowDecimals={false}
              domain={[1, Math.max(worst + 1, 5)]}
              tick={{ fontSize: 11, fill: 'var(--mantine-color-gray-6)' }}
              tickFormatter={(value: number) => `#${value}`}
              tickLine={false}
              axisLine={false}
              width={48}
            />
            <Tooltip content={<HistoryTooltip />} />
            <Line
              type="monotone"
              dataKey="rank"
              stroke="var(--mantine-color-indigo-6)"
              strokeWidth={2.5}
              isAnimationActive={false}
              dot={<HistoryDot currentRunId={currentRunId} />}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </Card>
  );
}
