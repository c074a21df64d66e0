import {
  Alert,
  Button,
  Checkbox,
  Group,
  Input,
  NumberInput,
  PasswordInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconBrandBluesky, IconBrandMastodon, IconPlayerPlay, IconWorldWww } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { errorMessage, isApiError } from '@/lib/api-error';
import type { CollectSource, CollectWhat, Job } from '@/types/models';
import { useStartCollection } from '../api/start-collection';
import {
  COLLECT_SOURCES,
  COLLECT_WHAT_OPTIONS,
  DEPTHS,
  INITIAL_COLLECT_VALUES,
  MAX_EDGES_LIMIT,
  MAX_PAGES_LIMIT,
  MAX_PROFILES_LIMIT,
  MAX_SEEDS,
  collectBody,
  collectFieldOf,
  parseSeeds,
  seedNoun,
  validateCollect,
  type CollectField,
  type CollectValues,
} from '../utils/collect-form';
import { formatCount } from '../utils/format';

type CollectFormProps = {
  networkId: string;
  /** Called once the server queued the collection job. */
  onStarted: (job: Job) => void;
  /** The tab to open with. */
  initialSource?: CollectSource;
};

const SOURCE_ICONS: Record<CollectSource, ReactNode> = {
  BLUESKY: <IconBrandBluesky size={16} />,
  MASTODON: <IconBrandMastodon size={16} />,
  CRAWL: <IconWorldWww size={16} />,
};

const INTRO: Record<CollectSource, string> = {
  BLUESKY:
    'Reads who follows whom from Bluesky’s public API, starting from the accounts you name. No Bluesky account needed.',
  MASTODON:
    'Reads follows and interactions through one instance’s API; accounts on other instances are reached through it. A token lets you see more and raises the rate limits.',
  CRAWL:
    'Crawls the sites you name and records which sites link to which. It obeys robots.txt and waits between requests to each site.',
};

const SEED_LABEL: Record<CollectSource, { label: string; placeholder: string }> = {
  BLUESKY: { label: 'Accounts to start from', placeholder: 'alice.bsky.social\nbob.example.com' },
  MASTODON: { label: 'Accounts to start from', placeholder: '@alice@mastodon.social\n@bob@fosstodon.org' },
  CRAWL: { label: 'Sites to start from', placeholder: 'example.com\nhttps://blog.example.org/' },
};

const DEPTH_HINT: Record<'social' | 'crawl', string> = {
  social: '0 = only the lists of these accounts; each step goes one hop further out',
  crawl: '0 = only these sites; 1 = also the sites they link to, and so on',
};

/** Field errors from the API, every message of a field joined (a seeds list may have several bad lines). */
function apiFieldErrors(error: unknown): Partial<Record<CollectField, string>> {
  if (!isApiError(error)) {
    return {};
  }
  const errors: Partial<Record<CollectField, string>> = {};
  for (const { field, message } of error.fieldErrors) {
    const target = collectFieldOf(field);
    if (target) {
      errors[target] = errors[target] ? `${errors[target]}; ${message}` : message;
    }
  }
  return errors;
}

/** Starts a Bluesky, Mastodon or web-crawl collection into the network. */
export function CollectForm({ networkId, onStarted, initialSource = 'BLUESKY' }: CollectFormProps) {
  const start = useStartCollection();
  const [source, setSource] = useState<CollectSource>(initialSource);
  const [generalError, setGeneralError] = useState<string | null>(null);
  const form = useForm<CollectValues>({
    initialValues: INITIAL_COLLECT_VALUES,
    validate: (values) => validateCollect(values, source),
  });

  const switchTo = (next: CollectSource) => {
    setSource(next);
    setGeneralError(null);
    form.clearErrors();
  };

  const submit = form.onSubmit((values) => {
    setGeneralError(null);
    start.mutate(
      { networkId, body: collectBody(values, source) },
      {
        onSuccess: (job) => {
          form.reset();
          onStarted(job);
        },
        onError: (error) => {
          const fieldErrors = apiFieldErrors(error);
          if (Object.keys(fieldErrors).length > 0) {
            form.setErrors(fieldErrors);
          } else if (isApiError(error) && error.status === 404 && !error.is('network-not-found')) {
            setGeneralError('Collecting is not available on this server yet.');
          } else {
            setGeneralError(errorMessage(error));
          }
        },
      },
    );
  });

  const social = source !== 'CRAWL';
  const noun = seedNoun(source);
  const seedCount = parseSeeds(form.values.seeds).length;
  const pending = start.isPending;

  return (
    <Stack gap="md">
      <Tabs value={source} onChange={(value) => value && switchTo(value as CollectSource)} variant="pills" radius="md">
        <Tabs.List>
          {COLLECT_SOURCES.map((option) => (
            <Tabs.Tab key={option.value} value={option.value} leftSection={SOURCE_ICONS[option.value]}>
              {option.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Text size="sm" c="dimmed">
        {INTRO[source]}
      </Text>
      <form onSubmit={submit} noValidate aria-label={`Collect from ${COLLECT_SOURCES.find((option) => option.value === source)?.label}`}>
        <Stack gap="sm">
          {generalError && (
            <Alert color="red" variant="light" icon={<IconAlertCircle />} title="Couldn't start the collection" role="alert">
              {generalError}
            </Alert>
          )}
          {source === 'MASTODON' && (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                label="Instance"
                placeholder="https://mastodon.social"
                required
                autoComplete="off"
                disabled={pending}
                {...form.getInputProps('instance')}
              />
              <PasswordInput
                label="Access token"
                description="Optional; kept with the job, never shown again"
                autoComplete="off"
                disabled={pending}
                {...form.getInputProps('accessToken')}
              />
            </SimpleGrid>
          )}
          <Textarea
            label={SEED_LABEL[source].label}
            description={`One ${noun.one} per line, up to ${MAX_SEEDS}${seedCount > 0 ? ` · ${formatCount(seedCount)} entered` : ''}`}
            placeholder={SEED_LABEL[source].placeholder}
            required
            autosize
            minRows={3}
            maxRows={10}
            spellCheck={false}
            autoCapitalize="off"
            disabled={pending}
            {...form.getInputProps('seeds')}
          />
          <Input.Wrapper label="Depth" description={DEPTH_HINT[social ? 'social' : 'crawl']} error={form.errors.depth}>
            <SegmentedControl
              mt={6}
              data={DEPTHS.map((depth) => ({ value: String(depth), label: String(depth) }))}
              value={String(form.values.depth)}
              onChange={(value) => form.setFieldValue('depth', Number(value))}
              disabled={pending}
              aria-label="Depth"
              w={220}
            />
          </Input.Wrapper>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput
              label={social ? 'Max profiles' : 'Max sites'}
              description={social ? 'Stop after reading this many in full' : 'Stop after crawling this many sites'}
              min={1}
              max={MAX_PROFILES_LIMIT}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=","
              disabled={pending}
              {...form.getInputProps('maxProfiles')}
            />
            {social ? (
              <NumberInput
                label="Max connections per profile"
                description="Per list: followers, following, interactions"
                min={1}
                max={MAX_EDGES_LIMIT}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=","
                disabled={pending}
                {...form.getInputProps('maxEdgesPerProfile')}
              />
            ) : (
              <NumberInput
                label="Max pages per site"
                description={`1 to ${formatCount(MAX_PAGES_LIMIT)}`}
                min={1}
                max={MAX_PAGES_LIMIT}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=","
                disabled={pending}
                {...form.getInputProps('maxPagesPerDomain')}
              />
            )}
          </SimpleGrid>
          {social && (
            <Checkbox.Group
              label="What to collect"
              required
              value={form.values.collect}
              onChange={(value) => form.setFieldValue('collect', value as CollectWhat[])}
              error={form.errors.collect}
            >
              <Group gap="lg" mt={6}>
                {COLLECT_WHAT_OPTIONS.map((option) => (
                  <Checkbox
                    key={option.value}
                    value={option.value}
                    label={option.label}
                    description={option.description}
                    disabled={pending}
                  />
                ))}
              </Group>
            </Checkbox.Group>
          )}
          <Group justify="flex-end" mt="xs">
            <Button type="submit" loading={pending} leftSection={<IconPlayerPlay size={16} />}>
              {social ? 'Start collecting' : 'Start crawl'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
