import { Text, Tooltip, type TextProps } from '@mantine/core';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });
const shortDateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type DateTextProps = {
  value: string | null | undefined;
  /** `date` (default): 22 Nov 2026; `datetime`: 22 Nov 2026, 07:51. */
  format?: 'date' | 'datetime';
  /** Shown when there is no value. */
  fallback?: string;
} & TextProps;

/** An instant shown as a date (or date and time) in the reader's zone, with the full time on hover. */
export function DateText({ value, format = 'date', fallback = '—', ...props }: DateTextProps) {
  if (!value) {
    return <Text {...props}>{fallback}</Text>;
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return <Text {...props}>{value}</Text>;
  }
  return (
    <Tooltip label={dateTimeFormat.format(date)} openDelay={400}>
      <Text component="time" dateTime={value} {...props}>
        {(format === 'datetime' ? shortDateTimeFormat : dateFormat).format(date)}
      </Text>
    </Tooltip>
  );
}
