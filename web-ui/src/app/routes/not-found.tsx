import { Button, Card } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';

export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <Card padding="xl" radius="lg" mt="md">
      <EmptyState
        icon={<IconMapQuestion size={28} />}
        color="gray"
        title="Page not found"
        description={
          <>
            There is no page at <code>{pathname}</code>. It may have moved, or the link may be mistyped.
          </>
        }
        action={
          <Button component={Link} to="/discover" variant="light" mt="xs">
            Go to Discover
          </Button>
        }
      />
    </Card>
  );
}
