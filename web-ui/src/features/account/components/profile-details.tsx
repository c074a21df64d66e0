import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { DateText } from '@/components/ui/date-text';
import { RoleBadge } from '@/components/ui/role-badge';
import type { User } from '@/types/models';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

export function ProfileDetails({ user }: { user: User }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md">
      <Detail label="Name">
        <Text fw={500}>{user.displayName}</Text>
      </Detail>
      <Detail label="Email">
        <Text>{user.email}</Text>
      </Detail>
      <Detail label="Role">
        <Group>
          <RoleBadge role={user.role} />
        </Group>
      </Detail>
      <Detail label="Member since">
        <DateText value={user.createdAt} />
      </Detail>
    </SimpleGrid>
  );
}
