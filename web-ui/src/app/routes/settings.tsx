import { Card, Divider, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconUser, IconUsers } from '@tabler/icons-react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { AccessDenied } from '@/components/ui/access-denied';
import { PageHeader } from '@/components/ui/page-header';
import { ChangePasswordForm } from '@/features/account/components/change-password-form';
import { ProfileDetails } from '@/features/account/components/profile-details';
import { UsersPanel } from '@/features/users/components/users-panel';
import { hasRole, useUser } from '@/lib/auth';
import type { User } from '@/types/models';

const TABS = ['profile', 'users'] as const;
type SettingsTab = (typeof TABS)[number];

function ProfileTab({ user }: { user: User }) {
  return (
    <Stack gap="lg">
      <Card padding="lg" radius="md">
        <Title order={4} mb={4}>
          Your details
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          Your name and role are set by an administrator.
        </Text>
        <ProfileDetails user={user} />
      </Card>
      <Card padding="lg" radius="md">
        <Title order={4} mb={4}>
          Change password
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          You stay signed in here after changing it.
        </Text>
        <Divider mb="md" />
        <ChangePasswordForm />
      </Card>
    </Stack>
  );
}

export function SettingsRoute() {
  const { tab } = useParams();
  const navigate = useNavigate();
  const { user } = useUser();
  if (!user) {
    return null;
  }
  if (tab && !(TABS as readonly string[]).includes(tab)) {
    return <Navigate to="/settings/profile" replace />;
  }
  const active: SettingsTab = (tab as SettingsTab | undefined) ?? 'profile';
  const isAdmin = hasRole(user, 'ADMIN');

  return (
    <>
      <PageHeader title="Settings" description={isAdmin ? 'Your account, and who may use Reachgraph.' : 'Your account.'} />
      <Tabs value={active} onChange={(value) => value && navigate(`/settings/${value}`)}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="profile" leftSection={<IconUser size={16} />}>
            Profile
          </Tabs.Tab>
          {isAdmin && (
            <Tabs.Tab value="users" leftSection={<IconUsers size={16} />}>
              Users
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="profile">
          <ProfileTab user={user} />
        </Tabs.Panel>
        <Tabs.Panel value="users">
          {isAdmin ? (
            <UsersPanel currentUserId={user.id} />
          ) : (
            <Card padding="xl" radius="lg">
              <AccessDenied description="Only administrators can manage users." />
            </Card>
          )}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
