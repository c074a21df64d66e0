import { Avatar, Group, Menu, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { RoleBadge } from '@/components/ui/role-badge';
import { ChangePasswordForm } from '@/features/account/components/change-password-form';
import { errorMessage } from '@/lib/api-error';
import { useLogout } from '@/lib/auth';
import type { User } from '@/types/models';
import classes from './app-layout.module.css';

export function UserMenu({ user }: { user: User }) {
  const navigate = useNavigate();
  const logout = useLogout();
  const [passwordOpened, passwordDialog] = useDisclosure(false);

  const signOut = () =>
    logout.mutate(undefined, {
      onError: (error) => notifications.show({ color: 'orange', title: 'Signed out on this device', message: errorMessage(error) }),
      onSettled: () => navigate('/sign-in', { replace: true }),
    });

  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md" withinPortal>
        <Menu.Target>
          <UnstyledButton className={classes.userButton} aria-label={`Account menu for ${user.displayName}`}>
            <Group gap="sm" wrap="nowrap">
              <Avatar size={32} radius="xl" color="initials" name={user.displayName} />
              <Stack gap={0} visibleFrom="xs">
                <Text size="sm" fw={600} lh={1.25} data-testid="current-user-name">
                  {user.displayName}
                </Text>
              </Stack>
              <RoleBadge role={user.role} size="sm" visibleFrom="xs" data-testid="current-user-role" />
              <IconChevronDown size={14} stroke={1.8} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="xs" c="dimmed" truncate="end">
              Signed in as {user.email}
            </Text>
          </Menu.Label>
          <Menu.Item leftSection={<IconUserCircle size={16} />} onClick={() => navigate('/settings/profile')}>
            Your profile
          </Menu.Item>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={passwordDialog.open}>
            Change password
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={signOut} disabled={logout.isPending}>
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={passwordOpened} onClose={passwordDialog.close} title="Change password" centered>
        <ChangePasswordForm onChanged={passwordDialog.close} onCancel={passwordDialog.close} />
      </Modal>
    </>
  );
}
