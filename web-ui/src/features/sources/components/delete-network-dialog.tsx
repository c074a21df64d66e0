import { Alert, Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { errorMessage, isApiError } from '@/lib/api-error';
import type { NetworkSummary } from '@/types/models';
import { useDeleteNetwork } from '../api/delete-network';
import { pluralize } from '../utils/format';

type DeleteNetworkDialogProps = {
  network: NetworkSummary;
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
};

/** Asks before deleting a network's graph; a network a job is writing to cannot be deleted, and it says so. */
export function DeleteNetworkDialog({ network, opened, onClose, onDeleted }: DeleteNetworkDialogProps) {
  const remove = useDeleteNetwork();
  const close = () => {
    remove.reset();
    onClose();
  };
  const error = remove.error;
  const busy = isApiError(error) && error.is('network-busy');
  return (
    <ConfirmDialog
      opened={opened}
      onClose={close}
      loading={remove.isPending}
      title="Delete network"
      color="red"
      confirmLabel="Delete network"
      message={
        <>
          <b>{network.name}</b> and its {pluralize(network.edgeCount, 'edge', 'edges')} will be deleted. The{' '}
          {pluralize(network.profileCount, 'profile', 'profiles')} stay available to other networks. This cannot be undone.
        </>
      }
      onConfirm={() =>
        remove.mutate(network.id, {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: `“${network.name}” was deleted.` });
            onDeleted();
          },
        })
      }
    >
      {error && (
        <Alert
          mt="md"
          color={busy ? 'orange' : 'red'}
          variant="light"
          icon={<IconAlertCircle />}
          title={busy ? 'A job is writing to this network' : "Couldn't delete the network"}
          role="alert"
        >
          {busy ? (
            <>
              It can be deleted once that job is done. Wait for it to finish, or pause or cancel it, then try again.
              {network.writingJob && (
                <>
                  {' '}
                  <Anchor component={Link} to={`/sources/jobs/${network.writingJob}`} size="sm" onClick={close}>
                    Open the job
                  </Anchor>
                </>
              )}
            </>
          ) : (
            errorMessage(error)
          )}
        </Alert>
      )}
    </ConfirmDialog>
  );
}
