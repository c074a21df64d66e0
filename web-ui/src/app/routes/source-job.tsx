import { Anchor, Breadcrumbs, Button, Card, Skeleton, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { QueryError } from '@/components/ui/query-error';
import { useJob } from '@/features/sources/api/get-job';
import { useNetwork } from '@/features/sources/api/get-network';
import { useJobControl } from '@/features/sources/components/job-actions';
import { JobDetails } from '@/features/sources/components/job-details';
import { jobSubject } from '@/features/sources/utils/job-counters';
import { JOB_TYPE_LABELS } from '@/features/sources/utils/job-status';
import { isApiError } from '@/lib/api-error';
import { hasAnyRole, useUser } from '@/lib/auth';
import type { Job } from '@/types/models';
import { SOURCE_MANAGERS } from './source-roles';

function jobTitle(job: Job): string {
  const subject = jobSubject(job);
  if (subject) {
    return subject;
  }
  return job.type === 'IMPORT' ? 'File import' : `${JOB_TYPE_LABELS[job.type] ?? job.type} collection`;
}

function JobCrumbs({ networkId, networkName }: { networkId?: string; networkName?: string }) {
  return (
    <Breadcrumbs mb="xs" separatorMargin={6}>
      <Anchor component={Link} to="/sources" size="sm">
        Sources
      </Anchor>
      {networkId && (
        <Anchor component={Link} to={`/sources/networks/${networkId}`} size="sm" lineClamp={1}>
          {networkName ?? 'Network'}
        </Anchor>
      )}
      <Text size="sm" c="dimmed">
        Job
      </Text>
    </Breadcrumbs>
  );
}

/** One import or collection job, live while it is queued or running. */
export function SourceJobRoute() {
  const { jobId = '' } = useParams();
  const { user } = useUser();
  const canControl = hasAnyRole(user, SOURCE_MANAGERS);
  const job = useJob(jobId);
  const networkId = job.data?.networkId;
  const network = useNetwork(networkId ?? '', networkId !== undefined);
  const control = useJobControl();
  const networkName = networkId ? network.data?.name : undefined;

  if (job.isPending) {
    return (
      <Stack gap="md" aria-label="Loading job">
        <Skeleton height={20} width={200} />
        <Skeleton height={36} width={280} />
        <Skeleton height={180} radius="md" />
      </Stack>
    );
  }
  if (job.isError) {
    return (
      <>
        <JobCrumbs />
        {isApiError(job.error) && job.error.status === 404 ? (
          <Card padding="xl" radius="md">
            <EmptyState
              icon={<IconHistory size={28} />}
              color="gray"
              title="This job does not exist"
              description="The link may be wrong, or the job was removed."
              action={
                <Button component={Link} to="/sources" variant="light">
                  Back to Sources
                </Button>
              }
            />
          </Card>
        ) : (
          <QueryError error={job.error} onRetry={() => job.refetch()} />
        )}
      </>
    );
  }

  return (
    <>
      <JobCrumbs networkId={networkId} networkName={networkName} />
      <PageHeader
        title={jobTitle(job.data)}
        description={
          <>
            {JOB_TYPE_LABELS[job.data.type] ?? job.data.type} into{' '}
            {networkName ? (
              <Anchor component={Link} to={`/sources/networks/${networkId}`} size="sm">
                {networkName}
              </Anchor>
            ) : (
              'a network'
            )}
          </>
        }
      />
      <JobDetails job={job.data} canControl={canControl} onAction={control.request} pending={control.pending} />
      {control.dialog}
    </>
  );
}
