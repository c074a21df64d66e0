import { IconLock } from '@tabler/icons-react';
import { EmptyState } from './empty-state';

type AccessDeniedProps = { description?: string };

export function AccessDenied({ description }: AccessDeniedProps) {
  return (
    <EmptyState
      icon={<IconLock size={28} />}
      color="orange"
      title="You don't have access"
      description={
        description ?? 'Your role does not allow this. Ask an administrator if you need it.'
      }
    />
  );
}
