import { Text, Tooltip, type TextProps } from '@mantine/core';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/** An instant shown as a date in the reader's zone, with the full time on hover. */
export function DateText({ value, ...props }: { value: string | null | undefined } & TextProps) {
  if (!value) {
    return <Text {...props}>—</Text>;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return <Text {...props}>{value}</Text>;
  }
  return (
    <Tooltip label={dateTimeFormat.format(date)} openDelay={400}>
      <Text component="time" dateTime={value} {...props}>
        {dateFormat.format(date)}
      </Text>
    </Tooltip>
  );
}
