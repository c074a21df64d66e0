import { Button, Card, CloseButton, Group, LoadingOverlay, Pagination, Select, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryError } from '@/components/ui/query-error';
import { ROLE_LABELS } from '@/components/ui/role-badge';
import { errorMessage } from '@/lib/api-error';
import type { Role, User } from '@/types/models';
import { useUsers } from '../api/get-users';
import { useUpdateUser } from '../api/update-user';
import { PAGE_SIZES, parseUsersView, toggleSort, withUsersView, type UsersView } from '../utils/users-view';
import { AddUserDialog } from './add-user-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UsersTable } from './users-table';

type UsersPanelProps = { currentUserId?: string };

const SIZE_OPTIONS = PAGE_SIZES.map((size) => ({ value: String(size), label: `${size} per page` }));

/** Administration of who may sign in: search, page, add, change role, deactivate, reset password. */
export function UsersPanel({ currentUserId }: UsersPanelProps) {
  const [params, setParams] = useSearchParams();
  const view = parseUsersView(params);
  const users = useUsers(view);
  const update = useUpdateUser();
  const [addOpened, addDialog] = useDisclosure(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [toggling, setToggling] = useState<User | null>(null);
  const [search, setSearch] = useState(view.q);
  const [shownQ, setShownQ] = useState(view.q);

  const setView = (next: Partial<UsersView>, options: { replace?: boolean } = {}) =>
    setParams((current) => withUsersView(current, { ...parseUsersView(current), ...next }), options);

  const applySearch = useDebouncedCallback((q: string) => setView({ q: q.trim(), page: 1 }, { replace: true }), 300);

  // Back/forward or a pasted link changed the query: show it in the box (but keep what is being typed).
  if (view.q !== shownQ) {
    setShownQ(view.q);
    if (search.trim() !== view.q) {
      setSearch(view.q);
    }
  }

  const page = users.data?.page;
  // A page past the end (after a search narrowed the list, or from an old link): go to the last one.
  const lastPage = page?.totalPages ?? 0;
  useEffect(() => {
    if (lastPage > 0 && view.page > lastPage) {
      setParams((current) => withUsersView(current, { ...parseUsersView(current), page: lastPage }), { replace: true });
    }
  }, [lastPage, view.page, setParams]);

  const saveChange = (user: User, changes: { role?: Role; active?: boolean }, done: string) =>
    update.mutate(
      { id: user.id, changes },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: done }),
        onError: (error) =>
          notifications.show({ color: 'red', title: "Couldn't save the change", message: errorMessage(error) }),
        onSettled: () => setToggling(null),
      },
    );

  const busyUserId = update.isPending ? update.variables?.id : null;
  const rows = users.data?.users ?? [];
  const first = page ? page.number * page.size + 1 : 0;
  const last = page ? page.number * page.size + rows.length : 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <TextInput
          placeholder="Search by name or email"
          aria-label="Search users"
          leftSection={<IconSearch size={16} />}
          rightSection={
            search ? (
              <CloseButton
                size="sm"
                aria-label="Clear search"
                onClick={() => {
                  setSearch('');
                  applySearch.cancel?.();
                  setView({ q: '', page: 1 }, { replace: true });
                }}
              />
            ) : null
          }
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            applySearch(event.currentTarget.value);
          }}
          w={{ base: '100%', xs: 340 }}
        />
        <Button leftSection={<IconUserPlus size={18} />} onClick={addDialog.open}>
          Add user
        </Button>
      </Group>

      {users.isError ? (
        <QueryError error={users.error} onRetry={() => users.refetch()} />
      ) : (
        <Card withBorder padding={0} radius="md" pos="relative">
          <LoadingOverlay visible={users.isFetching && !users.isPending} overlayProps={{ blur: 0, backgroundOpacity: 0.4 }} loaderProps={{ size: 'sm' }} />
          {users.isPending ? (
            <Stack p="md" gap="sm" aria-label="Loading users">
              {Array.from({ length: 5 }, (_, index) => (
                <Skeleton key={index} height={28} radius="sm" />
              ))}
            </Stack>
          ) : rows.length === 0 ? (
            <EmptyState
              icon={<IconUsers size={28} />}
              title={view.q ? `No users match “${view.q}”` : 'No users yet'}
              description={view.q ? 'Check the spelling, or search by another part of the name or email.' : 'Add the first user to let them sign in.'}
              action={
                view.q ? (
                  <Button
                    variant="light"
                    onClick={() => {
                      setSearch('');
                      setView({ q: '', page: 1 });
                    }}
                  >
                    Clear search
                  </Button>
                ) : undefined
              }
            />
          ) : (
            <UsersTable
              users={rows}
              currentUserId={currentUserId}
              sort={view.sort}
              onSort={(field) => setView({ sort: toggleSort(view.sort, field), page: 1 })}
              onChangeRole={(user, role) => saveChange(user, { role }, `${user.displayName} is now ${ROLE_LABELS[role]}.`)}
              onToggleActive={setToggling}
              onResetPassword={setResetting}
              busyUserId={busyUserId}
            />
          )}
        </Card>
      )}

      {page && page.totalElements > 0 && (
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm" c="dimmed">
            {first}–{last} of {page.totalElements} {page.totalElements === 1 ? 'user' : 'users'}
          </Text>
          <Group gap="sm">
            <Select
              size="xs"
              w={130}
              aria-label="Users per page"
              data={SIZE_OPTIONS}
              value={String(view.size)}
              allowDeselect={false}
              onChange={(value) => value && setView({ size: Number(value), page: 1 })}
            />
            {page.totalPages > 1 && (
              <Pagination
                size="sm"
                total={page.totalPages}
                value={Math.min(view.page, page.totalPages)}
                onChange={(next) => setView({ page: next })}
                getControlProps={(control) => ({ 'aria-label': `${control} page` })}
              />
            )}
          </Group>
        </Group>
      )}

      <AddUserDialog opened={addOpened} onClose={addDialog.close} />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
      <ConfirmDialog
        opened={toggling !== null}
        onClose={() => setToggling(null)}
        loading={update.isPending}
        title={toggling?.active ? 'Deactivate user' : 'Reactivate user'}
        color={toggling?.active ? 'red' : undefined}
        confirmLabel={toggling?.active ? 'Deactivate' : 'Reactivate'}
        message={
          toggling?.active ? (
            <>
              <b>{toggling.displayName}</b> will no longer be able to sign in. Their work stays, and you can reactivate them at
              any time.
            </>
          ) : (
            <>
              <b>{toggling?.displayName}</b> will be able to sign in again with their current password.
            </>
          )
        }
        onConfirm={() =>
          toggling &&
          saveChange(
            toggling,
            { active: !toggling.active },
            toggling.active ? `${toggling.displayName} was deactivated.` : `${toggling.displayName} was reactivated.`,
          )
        }
      />
    </Stack>
  );
}
