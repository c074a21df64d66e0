import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { DateText } from '@/components/ui/date-text';
import { EmptyState } from '@/components/ui/empty-state';
import type { Job } from '@/types/models';
import { rejectedRowsUrl } from '../api/get-rejected-rows';
import { formatCount, pluralize } from '../utils/format';
import classes from './sources.module.css';

type JobErrorsProps = { job: Pick<Job, 'id' | 'type' | 'errors' | 'errorCount' | 'hasRejectedRows' | 'status'> };

/**
 * What went wrong in a job: the first errors the server keeps (time, line, message), how many more there were, and
 * for imports the rejected rows as a CSV download.
 */
export function JobErrors({ job }: JobErrorsProps) {
  const errors = job.errors ?? [];
  const total = Math.max(job.errorCount ?? 0, errors.length);
  const hidden = total - errors.length;
  const showLine = errors.some((error) => error.line !== undefined && error.line !== null);

  return (
    <Card padding={0} radius="md" component="section" aria-label="Errors">
      <Group justify="space-between" p="md" pb={total > 0 ? 'sm' : 'md'} wrap="wrap" gap="sm">
        <Group gap="sm">
          <Title order={4} fz="md">
            Errors
          </Title>
          {total > 0 && (
            <Badge color="red" variant="light" radius="sm">
              {formatCount(total)}
            </Badge>
          )}
        </Group>
        {job.hasRejectedRows && (
          <Button
            component="a"
            href={rejectedRowsUrl(job.id)}
            download
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} />}
          >
            Download rejected rows (CSV)
          </Button>
        )}
      </Group>
      {total === 0 ? (
        <EmptyState
          icon={<IconCircleCheck size={26} />}
          color="teal"
          title="No errors"
          description={
            job.status === 'QUEUED' || job.status === 'RUNNING'
              ? 'Nothing has gone wrong so far.'
              : job.type === 'IMPORT'
                ? 'Every row of the file was read.'
                : 'Nothing went wrong.'
          }
        />
      ) : (
        <Stack gap={0}>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" horizontalSpacing="md" className={classes.table} aria-label="Errors of this job">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={190}>Time</Table.Th>
                  {showLine && <Table.Th w={90}>Line</Table.Th>}
                  <Table.Th>Message</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {errors.map((error, index) => (
                  <Table.Tr key={`${error.at}-${error.line ?? ''}-${index}`}>
                    <Table.Td>
                      <DateText value={error.at} format="datetime" size="sm" c="dimmed" />
                    </Table.Td>
                    {showLine && (
                      <Table.Td className={classes.numeric}>
                        <Text size="sm">{error.line !== undefined && error.line !== null ? formatCount(error.line) : '—'}</Text>
                      </Table.Td>
                    )}
                    <Table.Td>
                      <Text size="sm" className={classes.message}>
                        {error.message}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {hidden > 0 && (
            <Text size="sm" c="dimmed" px="md" py="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
              {pluralize(hidden, 'more error', 'more errors')} not shown.
              {job.hasRejectedRows && ' The rejected rows download has every one of them.'}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
