import { Button, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, TagsInput, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { communityLabel } from '../utils/community-colors';
import type { TableView } from '../utils/table-view';

type TableFiltersProps = {
  view: TableView;
  onChange: (changes: Partial<TableView>) => void;
  /** How many communities the run found (0 is the largest). */
  communities: number;
  platformSuggestions: string[];
  onClear: () => void;
};

const MAX_COMMUNITY_OPTIONS = 40;

const yesNoValue = (value: boolean | null) => (value === null ? 'any' : value ? 'yes' : 'no');
const fromYesNo = (value: string) => (value === 'yes' ? true : value === 'no' ? false : null);

type YesNoFilterProps = { label: string; yes: string; no: string; value: boolean | null; onChange: (value: boolean | null) => void };

/** Any / yes / no as a segmented control, labelled for screen readers by its title. */
function YesNoFilter({ label, yes, no, value, onChange }: YesNoFilterProps) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        size="xs"
        aria-label={label}
        value={yesNoValue(value)}
        onChange={(next) => onChange(fromYesNo(next))}
        data={[
          { value: 'any', label: 'Any' },
          { value: 'yes', label: yes },
          { value: 'no', label: no },
        ]}
      />
    </Stack>
  );
}

function FollowersInput({ label, value, onCommit }: { label: string; value: number | null; onCommit: (value: number | null) => void }) {
  const [text, setText] = useState<string | number>(value ?? '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value ?? '');
  }
  const commit = useDebouncedCallback((next: string | number) => {
    const number = typeof next === 'number' ? next : next.trim() === '' ? null : Number(next.replaceAll(',', ''));
    onCommit(number === null || !Number.isFinite(number) || number < 0 ? null : Math.floor(number));
  }, 400);
  return (
    <NumberInput
      label={label}
      size="xs"
      min={0}
      allowNegative={false}
      allowDecimal={false}
      thousandSeparator=","
      placeholder="Any"
      value={text}
      onChange={(next) => {
        setText(next);
        commit(next);
      }}
    />
  );
}

/** The ranked table's filters; every change goes straight into the URL. */
export function TableFilters({ view, onChange, communities, platformSuggestions, onClear }: TableFiltersProps) {
  const communityOptions = Array.from({ length: Math.min(communities, MAX_COMMUNITY_OPTIONS) }, (_, id) => ({
    value: String(id),
    label: `${communityLabel(id)}${id === 0 ? ' (largest)' : ''}`,
  }));
  return (
    <Stack gap="sm" aria-label="Filters" role="group">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="sm">
        <TagsInput
          size="xs"
          label="Platforms"
          placeholder={view.platforms.length ? undefined : 'Any platform'}
          data={platformSuggestions}
          value={view.platforms}
          onChange={(platforms) => onChange({ platforms: platforms.map((p) => p.trim().toLowerCase()).filter(Boolean), page: 1 })}
          clearable
        />
        <Select
          size="xs"
          label="Community"
          placeholder="Any community"
          data={communityOptions}
          value={view.community === null ? null : String(view.community)}
          onChange={(value) => onChange({ community: value === null ? null : Number(value), page: 1 })}
          clearable
          searchable={communityOptions.length > 10}
          comboboxProps={{ withinPortal: true }}
        />
        <FollowersInput label="Min followers" value={view.minFollowers} onCommit={(minFollowers) => onChange({ minFollowers, page: 1 })} />
        <FollowersInput label="Max followers" value={view.maxFollowers} onCommit={(maxFollowers) => onChange({ maxFollowers, page: 1 })} />
      </SimpleGrid>
      <Group gap="xl" align="flex-end" justify="space-between">
        <Group gap="xl">
          <YesNoFilter label="Authenticity flags" yes="Flagged" no="Not flagged" value={view.flagged} onChange={(flagged) => onChange({ flagged, page: 1 })} />
          <YesNoFilter label="Contact" yes="Has contact" no="No contact" value={view.hasContact} onChange={(hasContact) => onChange({ hasContact, page: 1 })} />
          <YesNoFilter
            label="Shortlists"
            yes="Shortlisted"
            no="Not shortlisted"
            value={view.shortlisted}
            onChange={(shortlisted) => onChange({ shortlisted, page: 1 })}
          />
        </Group>
        <Button size="xs" variant="subtle" color="gray" onClick={onClear}>
          Clear filters
        </Button>
      </Group>
    </Stack>
  );
}
