import { Badge, Card, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';

type ComingSoonProps = {
  icon: ReactNode;
  /** The page's name, e.g. "Discover". */
  page: string;
  /** One sentence: what the page will do. */
  summary: string;
  /** What a person will be able to do there. */
  plans: string[];
};

/** A friendly stand-in for a page that is not built yet: says so plainly and tells what it will do. */
export function ComingSoon({ icon, page, summary, plans }: ComingSoonProps) {
  return (
    <Card withBorder radius="lg" padding="xl">
      <Stack align="center" gap="md" ta="center" py="xl" maw={560} mx="auto">
        <ThemeIcon size={72} radius="xl" variant="light">
          {icon}
        </ThemeIcon>
        <Badge variant="light" color="gray" size="lg" radius="sm" tt="uppercase" lts={0.6}>
          Coming soon
        </Badge>
        <Title order={3} fw={650}>
          {page} is not available yet
        </Title>
        <Text c="dimmed" maw={520}>
          {summary}
        </Text>
        <List
          spacing="xs"
          size="sm"
          ta="left"
          mt="xs"
          icon={
            <ThemeIcon size={20} radius="xl" variant="light" color="teal">
              <IconCheck size={13} stroke={2.5} />
            </ThemeIcon>
          }
        >
          {plans.map((plan) => (
            <List.Item key={plan}>{plan}</List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
