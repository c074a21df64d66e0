import { Alert, Anchor, Breadcrumbs, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconInfoCircle, IconPencil, IconTopologyStar3, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { useNetwork } from '@/features/sources/api/get-network';
import { CollectForm } from '@/features/sources/components/collect-form';
import { DeleteNetworkDialog } from '@/features/sources/components/delete-network-dialog';
import { ImportForm } from '@/features/sources/components/import-form';
import { JobsPanel } from '@/features/sources/components/jobs-panel';
import { NetworkExport } from '@/features/sources/components/network-export';
import { NetworkFormDialog } from '@/features/sources/components/network-form-dialog';
import { NetworkOverview } from '@/features/sources/components/network-overview';
import { isApiError } from '@/lib/api-error';
import { hasAnyRole, useUser } from '@/lib/auth';
import type { Job } from '@/types/models';
import { SOURCE_MANAGERS } from './source-roles';

function SourcesCrumbs({ current }: { current: string }) {
  return (
    <Breadcrumbs mb="xs" separatorMargin={6} fz="sm">
      <Anchor component={Link} to="/sources" size="sm">
        Sources
      </Anchor>
      <Text size="sm" c="dimmed" lineClamp={1}>
        {current}
      </Text>
    </Breadcrumbs>
  );
}

/** One network: its numbers, import and collect forms, export, and its jobs. */
export function SourceNetworkRoute() {
  const { networkId = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useUser();
  const canManage = hasAnyRole(user, SOURCE_MANAGERS);
  const network = useNetwork(networkId);
  const [renameOpened, renameDialog] = useDisclosure(false);
  const [deleteOpened, deleteDialog] = useDisclosure(false);
  const openJob = (job: Job) => navigate(`/sources/jobs/${job.id}`);

  if (network.isPending) {
    return (
      <Stack gap="md" aria-label="Loading network">
        <Skeleton height={20} width={160} />
        <Skeleton height={36} width={320} />
        <Skeleton height={220} radius="md" />
      </Stack>
    );
  }
  if (network.isError) {
    return (
      <>
        <SourcesCrumbs current="Network" />
        {isApiError(network.error) && network.error.status === 404 ? (
          <Card padding="xl" radius="md">
            <EmptyState
              icon={<IconTopologyStar3 size={28} />}
              color="gray"
              title="This network does not exist"
              description="It may have been deleted, or the link is wrong."
              action={
                <Button component={Link} to="/sources" variant="light">
                  Back to Sources
                </Button>
              }
            />
          </Card>
        ) : (
          <QueryError error={network.error} onRetry={() => network.refetch()} />
        )}
      </>
    );
  }

  const data = network.data;
  return (
    <>
      <SourcesCrumbs current={data.name} />
      <PageHeader
        title={data.name}
        description={data.description || 'No description'}
        actions={
          canManage && (
            <Group gap="xs" wrap="nowrap">
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={renameDialog.open}>
                Rename
              </Button>
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={deleteDialog.open}>
                Delete
              </Button>
            </Group>
          )
        }
      />
      <Stack gap="xl">
        <NetworkOverview network={data} />

        {canManage ? (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <Card padding="lg" radius="md" component="section" aria-label="Import a file">
              <Title order={3} fz="h4" mb={4}>
                Import a file
              </Title>
              <Text size="sm" c="dimmed" mb="md">
                Rows that cannot be read are skipped and listed on the job’s page; the rest is imported.
              </Text>
              <ImportForm networkId={data.id} onStarted={openJob} />
            </Card>
            <Card padding="lg" radius="md" component="section" aria-label="Collect">
              <Title order={3} fz="h4" mb="sm">
                Collect
              </Title>
              <CollectForm networkId={data.id} onStarted={openJob} />
            </Card>
          </SimpleGrid>
        ) : (
          <Alert variant="light" color="gray" icon={<IconInfoCircle />}>
            You can look at this network and download it. Strategists and admins import files and start collections.
          </Alert>
        )}

        <Card padding="lg" radius="md" component="section" aria-label="Export">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <div>
              <Title order={3} fz="h4" mb={4}>
                Export
              </Title>
              <Text size="sm" c="dimmed">
                The whole network as a CSV edge list, or as GEXF to explore in Gephi.
              </Text>
            </div>
            <NetworkExport networkId={data.id} />
          </Group>
        </Card>

        <JobsPanel
          networkId={data.id}
          canControl={canManage}
          title="Jobs in this network"
          emptyHint={canManage ? 'Import a file or start a collection above; its progress shows up here.' : 'Nothing has been imported or collected yet.'}
        />
      </Stack>

      {canManage && (
        <>
          <NetworkFormDialog opened={renameOpened} onClose={renameDialog.close} network={data} />
          <DeleteNetworkDialog
            network={data}
            opened={deleteOpened}
            onClose={deleteDialog.close}
            onDeleted={() => navigate('/sources', { replace: true })}
          />
        </>
      )}
    </>
  );
}
