import { ActionIcon, Avatar, Badge, Group, Menu, Select, Table, Text, UnstyledButton } from '@mantine/core';
import {
  IconChevronDown,
  IconChevronUp,
  IconDots,
  IconKey,
  IconSelector,
  IconUserCheck,
  IconUserOff,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { DateText } from '@/components/ui/date-text';
import { ROLE_LABELS } from '@/components/ui/role-badge';
import { ROLES, type Role, type User } from '@/types/models';
import type { SortField, UsersSort } from '../utils/users-view';
import classes from './users-table.module.css';

type UsersTableProps = {
  users: User[];
  currentUserId?: string;
  sort: UsersSort;
  onSort: (field: SortField) => void;
  onChangeRole: (user: User, role: Role) => void;
  onToggleActive: (user: User) => void;
  onResetPassword: (user: User) => void;
  /** The user whose change is being saved: their controls wait. */
  busyUserId?: string | null;
};

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : (parts[0] ?? '?').slice(0, 2)).toUpperCase();
}

function SortableHeader({
  field,
  sort,
  onSort,
  children,
}: {
  field: SortField;
  sort: UsersSort;
  onSort: (field: SortField) => void;
  children: ReactNode;
}) {
  const active = sort.field === field;
  const Icon = !active ? IconSelector : sort.direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(field)} className={classes.sortButton}>
        <Group gap={4} wrap="nowrap">
          <span>{children}</span>
          <Icon size={14} stroke={1.8} className={active ? undefined : classes.sortIdle} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

export function UsersTable({
  users,
  currentUserId,
  sort,
  onSort,
  onChangeRole,
  onToggleActive,
  onResetPassword,
  busyUserId,
}: UsersTableProps) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader field="email" sort={sort} onSort={onSort}>
              Email
            </SortableHeader>
            <SortableHeader field="displayName" sort={sort} onSort={onSort}>
              Name
            </SortableHeader>
            <SortableHeader field="role" sort={sort} onSort={onSort}>
              Role
            </SortableHeader>
            <Table.Th>Status</Table.Th>
            <SortableHeader field="createdAt" sort={sort} onSort={onSort}>
              Created
            </SortableHeader>
            <Table.Th w={56}>
              <span className={classes.visuallyHidden}>Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const isSelf = user.id === currentUserId;
            const busy = busyUserId === user.id;
            return (
              <Table.Tr key={user.id} data-inactive={!user.active || undefined} className={classes.row}>
                <Table.Td>
                  <Text size="sm" fw={500} className={classes.email}>
                    {user.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <Avatar size={28} radius="xl" color="initials" name={user.displayName}>
                      {initials(user.displayName)}
                    </Avatar>
                    <Text size="sm">{user.displayName}</Text>
                    {isSelf && (
                      <Badge size="xs" variant="outline" color="gray" radius="sm" style={{ flexShrink: 0 }}>
                        You
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    w={130}
                    aria-label={`Role of ${user.email}`}
                    data={ROLE_OPTIONS}
                    value={user.role}
                    allowDeselect={false}
                    disabled={busy}
                    onChange={(value) => value && value !== user.role && onChangeRole(user, value as Role)}
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={8} wrap="nowrap">
                    <span className={classes.statusDot} data-active={user.active || undefined} aria-hidden="true" />
                    <Text size="sm" c={user.active ? undefined : 'dimmed'}>
                      {user.active ? 'Active' : 'Deactivated'}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <DateText value={user.createdAt} size="sm" c="dimmed" />
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal shadow="md" width={200}>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${user.email}`} loading={busy}>
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconKey size={16} />} onClick={() => onResetPassword(user)}>
                        Reset password
                      </Menu.Item>
                      <Menu.Divider />
                      {user.active ? (
                        <Menu.Item
                          color="red"
                          leftSection={<IconUserOff size={16} />}
                          disabled={isSelf}
                          onClick={() => onToggleActive(user)}
                        >
                          {isSelf ? "Can't deactivate yourself" : 'Deactivate'}
                        </Menu.Item>
                      ) : (
                        <Menu.Item leftSection={<IconUserCheck size={16} />} onClick={() => onToggleActive(user)}>
                          Reactivate
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
