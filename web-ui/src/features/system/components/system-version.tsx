import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useSystem } from '../api/get-system';

const MODE_HINTS: Record<string, string> = {
  embedded: 'Embedded mode: the database and mail catcher run inside this process, for trying Reachgraph out',
  production: 'Production mode: connected to the configured MongoDB and mail server',
};

/** Which Reachgraph this is, in small print: "v0.1.0 · Embedded". */
export function SystemVersion() {
  const { data } = useSystem();
  if (!data) {
    return null;
  }
  return (
    <Tooltip label={MODE_HINTS[data.mode] ?? `Mode: ${data.mode}`} multiline w={260} position="top-start">
      <Group gap={6} wrap="nowrap" data-testid="system-version">
        <Text size="xs" c="dimmed" truncate="end">
          v{data.version}
        </Text>
        <Badge size="xs" variant="light" color={data.mode === 'production' ? 'teal' : 'gray'} style={{ flexShrink: 0 }}>
          {data.mode}
        </Badge>
      </Group>
    </Tooltip>
  );
}
