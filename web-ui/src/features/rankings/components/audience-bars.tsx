import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { AudienceShare } from '@/types/ranking-models';
import { communityColor, communityLabel } from '../utils/community-colors';
import { formatCount, formatShare } from '../utils/format';
import classes from './rankings.module.css';

/** Which communities its audience (everyone pointing here) comes from. */
export function AudienceBars({ audience }: { audience: AudienceShare[] }) {
  return (
    <Card padding="lg" radius="md" h="100%" aria-label="Audience by community">
      <Title order={4} mb={4}>
        Audience by community
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Where the profiles pointing here sit in the niche.
      </Text>
      {audience.length === 0 ? (
        <Text size="sm" c="dimmed">
          No audience inside this ranking’s scope.
        </Text>
      ) : (
        <Stack gap="sm">
          {audience.map((share) => (
            <div key={share.community}>
              <Group justify="space-between" gap="xs" mb={3} wrap="nowrap">
                <Group gap={6} wrap="nowrap">
                  <span className={classes.legendDot} style={{ background: communityColor(share.community) }} aria-hidden="true" />
                  <Text size="sm" fw={500}>
                    {communityLabel(share.community)}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end">
                    e.g. {share.exampleLabel}
                  </Text>
                </Group>
                <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {formatShare(share.share)}{' '}
                  <Text span size="xs" c="dimmed" fw={400}>
                    ({formatCount(share.count)})
                  </Text>
                </Text>
              </Group>
              <div className={`${classes.bar} ${classes.barWide}`} style={{ height: 8 }} aria-hidden="true">
                <span
                  className={classes.barFill}
                  style={{ width: `${Math.max(2, (share.share ?? 0) * 100)}%`, '--bar-color': communityColor(share.community) } as CSSProperties}
                />
              </div>
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}
