import { Alert, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import type { RankedProfileDetails } from '@/types/ranking-models';
import { flagInfo } from '../utils/metrics';

/** The authenticity flags with the server's explanation of each, or a quiet all-clear. */
export function FlagExplanations({ explanations }: { explanations: RankedProfileDetails['flagExplanations'] }) {
  return (
    <Card padding="lg" radius="md" aria-label="Authenticity">
      <Title order={4} mb="sm">
        Authenticity
      </Title>
      {explanations.length === 0 ? (
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" color="teal" radius="xl">
            <IconShieldCheck size={18} />
          </ThemeIcon>
          <Text size="sm" c="dimmed">
            No warning signs: its followers and follow-backs look like an ordinary account’s.
          </Text>
        </Group>
      ) : (
        <Stack gap="sm">
          {explanations.map((flag) => (
            <Alert key={flag.flag} color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={flagInfo(flag.flag).label} p="sm">
              <Text size="sm">{flag.explanation}</Text>
            </Alert>
          ))}
        </Stack>
      )}
    </Card>
  );
}
