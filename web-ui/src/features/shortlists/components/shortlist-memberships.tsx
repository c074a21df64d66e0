import { Anchor, Card, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconListCheck, IconListSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { DateText } from '@/components/ui/date-text';
import { QueryError } from '@/components/ui/query-error';
import { useShortlistMemberships } from '../api/get-shortlist-memberships';
import { shortlistPath } from '../utils/paths';

/** Where a profile already is on its way to outreach: the shortlists holding it, with the note left on each. */
export function ShortlistMemberships({ profileId }: { profileId: string }) {
  const memberships = useShortlistMemberships(profileId);
  return (
    <Card padding="lg" radius="md" aria-label="Shortlists">
      <Title order={4} mb="sm">
        Shortlists
      </Title>
      {memberships.isError ? (
        <QueryError error={memberships.error} onRetry={() => memberships.refetch()} />
      ) : !memberships.data ? (
        <Skeleton height={40} radius="sm" />
      ) : memberships.data.length === 0 ? (
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" color="gray" radius="xl">
            <IconListSearch size={18} />
          </ThemeIcon>
          <Text size="sm" c="dimmed">
            Not on any shortlist yet. Shortlisted profiles are the ones the outreach pipeline will pitch.
          </Text>
        </Group>
      ) : (
        <Stack gap="sm">
          {memberships.data.map((membership) => (
            <Group key={membership.id} gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon variant="light" color="indigo" radius="xl">
                <IconListCheck size={16} />
              </ThemeIcon>
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Anchor component={Link} to={shortlistPath(membership.id)} size="sm" fw={600}>
                    {membership.name}
                  </Anchor>
                  <Text size="xs" c="dimmed" component="span">
                    added
                  </Text>
                  <DateText value={membership.addedAt} size="xs" c="dimmed" />
                  {membership.addedBy && (
                    <Text size="xs" c="dimmed" component="span">
                      by {membership.addedBy}
                    </Text>
                  )}
                </Group>
                {membership.note ? (
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {membership.note}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed" fs="italic">
                    No note
                  </Text>
                )}
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
