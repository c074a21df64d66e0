import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { isApiError, errorMessage } from '@/lib/api-error';
import { useLogin } from '@/lib/auth';
import type { User } from '@/types/models';

type SignInFormProps = { onSignedIn: (user: User) => void };

/** What to tell a person whose sign-in was refused: the server's detail, plus how long to wait when throttled. */
export function signInFailureMessage(error: unknown): string {
  const message = errorMessage(error);
  // Say how long to wait, unless the server's own message already does.
  if (isApiError(error) && error.status === 429 && error.retryAfterSeconds !== undefined && !/try again/i.test(message)) {
    return `${message} Try again in ${formatWait(error.retryAfterSeconds)}.`;
  }
  return message;
}

function formatWait(seconds: number): string {
  if (seconds < 60) {
    return seconds === 1 ? '1 second' : `${seconds} seconds`;
  }
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const login = useLogin();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+$/.test(value.trim()) ? null : 'Enter your email address'),
      password: (value) => (value ? null : 'Enter your password'),
    },
  });

  const submit = form.onSubmit(({ email, password }) => {
    login.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {login.isError && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle />}
            title={isApiError(login.error) && login.error.status === 429 ? 'Too many attempts' : "Couldn't sign you in"}
            role="alert"
          >
            {signInFailureMessage(login.error)}
          </Alert>
        )}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          placeholder="you@company.com"
          data-autofocus
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" fullWidth loading={login.isPending} mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
