import { Group, Text } from '@mantine/core';

/** The mark: three linked nodes, drawn in the accent colour. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-indigo-6)" />
      <path d="M10 21 22 11M22 11v11M10 21h12" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" opacity=".85" />
      <circle cx="10" cy="21" r="3.2" fill="#fff" />
      <circle cx="22" cy="11" r="3.2" fill="#fff" />
      <circle cx="22" cy="22" r="2.4" fill="#fff" />
    </svg>
  );
}

export function Brand({ size = 28 }: { size?: number }) {
  return (
    <Group gap={10} wrap="nowrap">
      <BrandMark size={size} />
      <Text fw={700} size="lg" lts={-0.2}>
        Reachgraph
      </Text>
    </Group>
  );
}
