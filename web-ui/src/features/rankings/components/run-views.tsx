import { Button, Group } from '@mantine/core';
import { IconAffiliate, IconArrowsDiff, IconTable } from '@tabler/icons-react';
import { Link } from 'react-router';
import { comparePath, mapPath, runPath } from '../utils/paths';

export type RunViewKey = 'table' | 'map' | 'compare';

const VIEWS = [
  { key: 'table', label: 'Ranked table', icon: IconTable, to: runPath },
  { key: 'map', label: 'Network map', icon: IconAffiliate, to: mapPath },
  { key: 'compare', label: 'Compare', icon: IconArrowsDiff, to: comparePath },
] as const;

/** The three ways to read a run, as a switch at the top of each. */
export function RunViews({ runId, active }: { runId: string; active: RunViewKey }) {
  return (
    <Group gap={6} role="navigation" aria-label="Views of this ranking">
      {VIEWS.map((view) => {
        const Icon = view.icon;
        const current = view.key === active;
        return (
          <Button
            key={view.key}
            component={Link}
            to={view.to(runId)}
            size="xs"
            variant={current ? 'light' : 'subtle'}
            color={current ? 'indigo' : 'gray'}
            leftSection={<Icon size={15} />}
            aria-current={current ? 'page' : undefined}
          >
            {view.label}
          </Button>
        );
      })}
    </Group>
  );
}
