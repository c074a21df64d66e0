import { Badge, Group, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { flagInfo } from '../utils/metrics';

/** Authenticity flags as small warning badges; the tooltip says what each one means. */
export function FlagBadges({ flags }: { flags: readonly string[] }) {
  if (flags.length === 0) {
    return null;
  }
  return (
    <Group gap={4} wrap="nowrap">
      {flags.map((flag) => {
        const info = flagInfo(flag);
        return (
          <Tooltip key={flag} label={info.description} multiline w={260} withinPortal openDelay={200}>
            <Badge
              size="sm"
              variant="light"
              color="orange"
              radius="sm"
              leftSection={<IconAlertTriangle size={11} stroke={2} />}
              data-flag={flag}
            >
              {info.label}
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}
