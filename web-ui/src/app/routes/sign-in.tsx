import { Card, Center, Stack, Text, Title } from '@mantine/core';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { FullPageLoader, safeRedirect, useUser } from '@/lib/auth';
import { BrandMark } from '../layout/brand';
import classes from './sign-in.module.css';

export function SignInRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { user, isPending } = useUser();
  const target = safeRedirect(params.get('redirect'));

  if (isPending) {
    return <FullPageLoader />;
  }
  if (user) {
    return <Navigate to={target} replace />;
  }

  return (
    <Center className={classes.page}>
      <Stack w="100%" maw={400} gap="lg" px="md">
        <Stack align="center" gap={6}>
          <BrandMark size={44} />
          <Title order={2} fw={700} mt={6}>
            Sign in to Reachgraph
          </Title>
          <Text c="dimmed" size="sm" ta="center">
            Find the voices your audience listens to, and reach them.
          </Text>
        </Stack>
        <Card padding="xl" radius="lg" shadow="sm">
          <SignInForm onSignedIn={() => navigate(target, { replace: true })} />
        </Card>
        <Text c="dimmed" size="xs" ta="center">
          No account yet? Ask an administrator to add you.
        </Text>
      </Stack>
    </Center>
  );
}
