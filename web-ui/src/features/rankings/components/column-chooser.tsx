import { Button, Checkbox, Divider, Group, Popover, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { DEFAULT_COLUMNS, OPTIONAL_COLUMNS, type ColumnKey } from '../utils/table-view';
import { COLUMN_DEFINITIONS } from './ranked-table';

type ColumnChooserProps = {
  columns: ColumnKey[];
  /** Columns this run has (no personalised PageRank without an audience, no betweenness when it was off). */
  available: readonly ColumnKey[];
  onChange: (columns: ColumnKey[]) => void;
};

/** Shows or hides the table's columns; the choice is part of the URL. */
export function ColumnChooser({ columns, available, onChange }: ColumnChooserProps) {
  const toggle = (key: ColumnKey, checked: boolean) =>
    onChange(OPTIONAL_COLUMNS.filter((column) => (column === key ? checked : columns.includes(column))));
  return (
    <Popover position="bottom-end" shadow="md" width={240} withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          Columns
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} role="group" aria-label="Columns">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            Show columns
          </Text>
          {OPTIONAL_COLUMNS.filter((key) => available.includes(key)).map((key) => (
            <Checkbox
              key={key}
              size="xs"
              label={COLUMN_DEFINITIONS[key].longHeader ?? COLUMN_DEFINITIONS[key].header}
              checked={columns.includes(key)}
              onChange={(event) => toggle(key, event.currentTarget.checked)}
            />
          ))}
          <Divider my={4} />
          <Group justify="flex-end">
            <Button size="compact-xs" variant="subtle" onClick={() => onChange(DEFAULT_COLUMNS)}>
              Reset to default
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
