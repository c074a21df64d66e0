import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage, isApiError } from '@/lib/api-error';
import { AccessDenied } from './access-denied';

type QueryErrorProps = { error: unknown; onRetry?: () => void };

/** What a screen shows when loading its data failed: the access state for a 403, the problem otherwise. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  if (isApiError(error) && error.isForbidden) {
    return <AccessDenied />;
  }
  const title = isApiError(error) ? error.title : 'Something went wrong';
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={title} role="alert">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Group>
    </Alert>
  );
}
