import { Card, Group, Text, Title } from '@mantine/core';
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { ComparisonRow } from '@/types/ranking-models';
import classes from './rankings.module.css';

type ScatterPoint = { x: number; y: number; label: string; profileId: string };

function PointTooltip({ active, payload }: { active?: boolean; payload?: { payload: ScatterPoint }[] }) {
  if (!active || !payload?.length) {
    return null;
  }
  const point = payload[0].payload;
  return (
    <Card padding="xs" radius="sm" shadow="sm">
      <Text size="xs" fw={600}>
        {point.label}
      </Text>
      <Text size="xs">
        #{point.x} by followers · #{point.y} by PageRank
      </Text>
    </Card>
  );
}

const LOG_TICKS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 100000];

/**
 * Followers rank against PageRank rank on log axes (#1 at the top right of neither: at the origin corner), with the
 * diagonal where both agree. Points above it are profiles PageRank rates higher than their follower count does.
 */
export function RankScatter({ rows, onOpenProfile }: { rows: ComparisonRow[]; onOpenProfile: (profileId: string) => void }) {
  const points: ScatterPoint[] = rows
    .filter((row) => (row.byFollowers ?? 0) > 0 && (row.byPageRank ?? 0) > 0)
    .map((row) => ({ x: row.byFollowers ?? 1, y: row.byPageRank ?? 1, label: row.label, profileId: row.profileId }));
  const higher = points.filter((point) => point.y < point.x);
  const lower = points.filter((point) => point.y > point.x);
  const same = points.filter((point) => point.y === point.x);
  const max = Math.max(2, ...points.map((point) => Math.max(point.x, point.y)));
  const ticks = LOG_TICKS.filter((tick) => tick <= max * 1.5);
  const open = (data: unknown) => {
    const id = (data as { payload?: ScatterPoint } | undefined)?.payload?.profileId;
    if (id) {
      onOpenProfile(id);
    }
  };
  return (
    <Card padding="lg" radius="md" aria-label="Followers rank against PageRank rank">
      <Title order={4} mb={4}>
        Followers vs PageRank
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Each dot is a profile. On the diagonal both orders agree; above it PageRank ranks it higher than its followers do.
      </Text>
      <div style={{ width: '100%', height: 380 }} data-testid="rank-scatter">
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 10, right: 20, bottom: 24, left: 8 }}>
            <CartesianGrid stroke="var(--mantine-color-gray-2)" />
            <XAxis
              type="number"
              dataKey="x"
              name="Followers rank"
              scale="log"
              domain={[1, max]}
              ticks={ticks}
              allowDataOverflow
              tickFormatter={(value: number) => `#${value}`}
              tick={{ fontSize: 11, fill: 'var(--mantine-color-gray-6)' }}
              label={{ value: 'Rank by followers (log)', position: 'insideBottom', offset: -14, fontSize: 12, fill: 'var(--mantine-color-gray-7)' }}
            />
            <YAxis
              type="number"
              dataKey="y"
              name="PageRank rank"
              scale="log"
              reversed
              domain={[1, max]}
              ticks={ticks}
              allowDataOverflow
              tickFormatter={(value: number) => `#${value}`}
              tick={{ fontSize: 11, fill: 'var(--mantine-color-gray-6)' }}
              label={{ value: 'Rank by PageRank (log)', angle: -90, position: 'insideLeft', offset: 6, fontSize: 12, fill: 'var(--mantine-color-gray-7)' }}
              width={64}
            />
            <ZAxis range={[48, 48]} />
            <ReferenceLine
              segment={[
                { x: 1, y: 1 },
                { x: max, y: max },
              ]}
              stroke="var(--mantine-color-gray-5)"
              strokeDasharray="4 4"
              ifOverflow="hidden"
            />
            <Tooltip content={<PointTooltip />} cursor={{ strokeDasharray: '3 3' }} />
            <Scatter name="PageRank higher" data={higher} fill="var(--mantine-color-indigo-6)" fillOpacity={0.8} onClick={open} cursor="pointer" isAnimationActive={false} />
            <Scatter name="Same rank" data={same} fill="var(--mantine-color-gray-6)" fillOpacity={0.8} onClick={open} cursor="pointer" isAnimationActive={false} />
            <Scatter name="Followers higher" data={lower} fill="var(--mantine-color-orange-6)" fillOpacity={0.8} onClick={open} cursor="pointer" isAnimationActive={false} />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <Group gap="lg" mt="xs">
        <Group gap={6}>
          <span className={classes.legendDot} style={{ background: 'var(--mantine-color-indigo-6)' }} />
          <Text size="xs">PageRank ranks it higher ({higher.length})</Text>
        </Group>
        <Group gap={6}>
          <span className={classes.legendDot} style={{ background: 'var(--mantine-color-orange-6)' }} />
          <Text size="xs">Followers rank it higher ({lower.length})</Text>
        </Group>
        <Group gap={6}>
          <span className={classes.legendDot} style={{ background: 'var(--mantine-color-gray-6)' }} />
          <Text size="xs">Same rank ({same.length})</Text>
        </Group>
      </Group>
    </Card>
  );
}
