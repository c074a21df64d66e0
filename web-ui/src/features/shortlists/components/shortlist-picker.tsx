import { Select, type SelectProps } from '@mantine/core';
import { useShortlists } from '../api/get-shortlists';

type ShortlistPickerProps = {
  value: string | null;
  onChange: (shortlistId: string | null) => void;
  /** Lists of this network first. */
  networkId?: string;
} & Omit<SelectProps, 'data' | 'value' | 'onChange'>;

/** Chooses one shortlist (e.g. to compare audiences with). */
export function ShortlistPicker({ value, onChange, networkId, ...props }: ShortlistPickerProps) {
  const lists = useShortlists(undefined, 0, 100);
  const data = [...(lists.data?.shortlists ?? [])]
    .sort((a, b) => Number(b.networkId === networkId) - Number(a.networkId === networkId))
    .map((list) => ({ value: list.id, label: `${list.name} (${list.size ?? 0})` }));
  return (
    <Select
      placeholder={lists.isPending ? 'Loading shortlists…' : data.length ? 'Choose a shortlist' : 'No shortlists yet'}
      data={data}
      value={value}
      onChange={onChange}
      clearable
      searchable={data.length > 8}
      disabled={!lists.isPending && data.length === 0}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
