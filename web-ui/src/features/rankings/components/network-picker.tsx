import { Group, Select, Text, type SelectProps } from '@mantine/core';
import { IconAffiliate } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { NetworkOption } from '@/types/ranking-models';
import { pluralize } from '../utils/format';

type NetworkPickerProps = {
  networks: NetworkOption[];
  value: string | null;
  onChange: (networkId: string) => void;
} & Omit<SelectProps, 'data' | 'value' | 'onChange'>;

/** Chooses the network (the graph of a niche) to rank, map or compare. */
export function NetworkPicker({ networks, value, onChange, ...props }: NetworkPickerProps) {
  const data = useMemo(() => networks.map((network) => ({ value: network.id, label: network.name })), [networks]);
  const byId = useMemo(() => new Map(networks.map((network) => [network.id, network])), [networks]);
  return (
    <Select
      label="Network"
      placeholder="Choose a network"
      data={data}
      value={value}
      allowDeselect={false}
      searchable={networks.length > 8}
      nothingFoundMessage="No network has that name"
      leftSection={<IconAffiliate size={16} />}
      onChange={(next) => next && onChange(next)}
      renderOption={({ option }) => {
        const network = byId.get(option.value);
        return (
          <Group justify="space-between" gap="md" wrap="nowrap" w="100%">
            <Text size="sm">{option.label}</Text>
            {network && (
              <Text size="xs" c="dimmed">
                {pluralize(network.profileCount ?? 0, 'profile', 'profiles')}
              </Text>
            )}
          </Group>
        );
      }}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
