import {
  Alert,
  Anchor,
  Button,
  Collapse,
  Divider,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Slider,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api-error';
import type { RankingRun } from '@/types/ranking-models';
import { useStartRanking } from '../api/start-ranking';
import { DEFAULT_SCORE_WEIGHTS, EDGE_KIND_LABELS, EDGE_WEIGHT_KEYS, METRIC_INFO, SCORE_WEIGHT_KEYS } from '../utils/metrics';
import {
  BETWEENNESS_MODES,
  EDGE_WEIGHT_MAX,
  formFieldOf,
  newRankingDefaults,
  parseIds,
  toStartRankingBody,
  unknownProfilesField,
  validateNewRanking,
  type BetweennessMode,
  type Direction,
  type NewRankingValues,
} from '../utils/new-ranking-form';

type NewRankingDialogProps = {
  opened: boolean;
  onClose: () => void;
  networkId: string;
  networkName?: string;
  /** Profiles to personalise for, e.g. the rows picked in a ranked table (read on mount). */
  initialPersonalization?: string[];
  onStarted: (run: RankingRun) => void;
};

const PLATFORM_SUGGESTIONS = ['bluesky', 'mastodon', 'web'];
const BETWEENNESS_LABELS: Record<BetweennessMode, string> = { AUTO: 'Auto', EXACT: 'Exact', SAMPLED: 'Sampled', OFF: 'Off' };
const DIRECTION_OPTIONS: { value: Direction; label: string }[] = [
  { value: 'BOTH', label: 'Both ways' },
  { value: 'IN', label: 'Pointing in' },
  { value: 'OUT', label: 'Pointing out' },
];
const ADVANCED_FIELDS = ['scoreWeights', 'betweenness', 'betweennessSamples'];

export function NewRankingDialog({ opened, onClose, networkId, networkName, initialPersonalization, onStarted }: NewRankingDialogProps) {
  const start = useStartRanking();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const [advanced, setAdvanced] = useState(false);
  // The audience is read when the dialog mounts: give it a `key` that changes with the audience.
  const form = useForm<NewRankingValues>({
    initialValues: newRankingDefaults({ personalization: initialPersonalization?.join('\n') ?? '' }),
    validate: (values) => validateNewRanking(values),
  });

  const close = () => {
    form.reset();
    setGeneralError(null);
    setAdvanced(false);
    start.reset();
    onClose();
  };

  const showErrors = (errors: Record<string, unknown>) => {
    if (Object.keys(errors).some((field) => ADVANCED_FIELDS.some((prefix) => field.startsWith(prefix)))) {
      setAdvanced(true);
    }
  };

  const submit = form.onSubmit(
    (values) => {
      setGeneralError(null);
      start.mutate(
        { networkId, body: toStartRankingBody(values) },
        {
          onSuccess: (run) => {
            close();
            onStarted(run);
          },
          onError: (error) => {
            if (isApiError(error) && error.is('invalid-ranking-scope')) {
              form.setFieldError(unknownProfilesField(error.detail, values), error.detail ?? error.message);
              return;
            }
            let applied = false;
            if (isApiError(error)) {
              const placed: Record<string, string> = {};
              for (const { field, message } of error.fieldErrors) {
                const target = formFieldOf(field);
                if (target && !placed[target]) {
                  placed[target] = message;
                  form.setFieldError(target, message);
                  applied = true;
                }
              }
              showErrors(placed);
            }
            if (!applied) {
              setGeneralError(errorMessage(error));
            }
          },
        },
      );
    },
    (errors) => showErrors(errors),
  );

  const seedCount = parseIds(form.values.seeds).length;
  const audienceCount = parseIds(form.values.personalization).length;

  return (
    <Modal opened={opened} onClose={close} title="New ranking" size="lg" centered>
      <form onSubmit={submit} noValidate aria-label="New ranking">
        <Stack gap="md">
          {networkName && (
            <Text size="sm" c="dimmed" mt={-8}>
              Ranks the profiles of <b>{networkName}</b>. Every setting is optional: the defaults rank the whole network.
            </Text>
          )}
          {generalError && (
            <Alert color="red" variant="light" icon={<IconAlertCircle />} role="alert">
              {generalError}
            </Alert>
          )}
          <TextInput label="Name" placeholder="e.g. Knitting, March" data-autofocus {...form.getInputProps('name')} />

          <Stack gap={6}>
            <div>
              <Text size="sm" fw={500}>
                Edge kinds
              </Text>
              <Text size="xs" c="dimmed">
                How much each kind of link counts, 0 (left out) to {EDGE_WEIGHT_MAX}.
              </Text>
            </div>
            {EDGE_WEIGHT_KEYS.map((kind) => {
              const value = Number(form.values.edgeWeights[kind]);
              return (
                <Group key={kind} gap="md" wrap="nowrap" align="center">
                  <Text size="sm" w={80}>
                    {EDGE_KIND_LABELS[kind]}
                  </Text>
                  <Slider
                    flex={1}
                    min={0}
                    max={EDGE_WEIGHT_MAX}
                    step={0.25}
                    value={Number.isFinite(value) ? Math.min(EDGE_WEIGHT_MAX, Math.max(0, value)) : 0}
                    onChange={(next) => form.setFieldValue(`edgeWeights.${kind}`, next)}
                    thumbLabel={`${EDGE_KIND_LABELS[kind]} weight slider`}
                    label={(v) => v.toString()}
                    marks={[{ value: 0 }, { value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }, { value: 5 }]}
                    size="sm"
                  />
                  <NumberInput
                    w={84}
                    size="xs"
                    min={0}
                    max={EDGE_WEIGHT_MAX}
                    step={0.25}
                    decimalScale={2}
                    aria-label={`${EDGE_KIND_LABELS[kind]} weight`}
                    {...form.getInputProps(`edgeWeights.${kind}`)}
                  />
                </Group>
              );
            })}
            {form.errors.edgeWeights && (
              <Text size="xs" c="red" role="alert">
                {form.errors.edgeWeights}
              </Text>
            )}
          </Stack>

          <Divider />
          <Textarea
            label="Scope seeds"
            description="Rank only the neighbourhood of these profiles: one profile id per line (platform:handle). Empty: the whole network."
            placeholder={'bluesky:maya.knits\nbluesky:repair.cafe'}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('seeds')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Stack gap={4}>
              <Text size="sm" fw={500} c={seedCount ? undefined : 'dimmed'}>
                Hops
              </Text>
              <SegmentedControl
                size="xs"
                disabled={!seedCount}
                data={['1', '2', '3']}
                aria-label="Hops"
                {...form.getInputProps('hops')}
              />
              {form.errors.hops && (
                <Text size="xs" c="red">
                  {form.errors.hops}
                </Text>
              )}
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500} c={seedCount ? undefined : 'dimmed'}>
                Direction
              </Text>
              <SegmentedControl size="xs" disabled={!seedCount} data={DIRECTION_OPTIONS} aria-label="Direction" {...form.getInputProps('direction')} />
            </Stack>
          </SimpleGrid>
          <TagsInput
            label="Platforms"
            description="Only profiles of these platforms. Empty: all."
            placeholder="Type a platform and press Enter"
            data={PLATFORM_SUGGESTIONS}
            clearable
            {...form.getInputProps('platforms')}
          />
          <Textarea
            label="Audience (personalisation)"
            description="Who matters to this audience: profile ids, one per line. Their PageRank view is blended into the score."
            placeholder={'bluesky:maya.knits'}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('personalization')}
          />
          {audienceCount > 0 && (
            <Text size="xs" c="dimmed" mt={-8}>
              {audienceCount} {audienceCount === 1 ? 'profile' : 'profiles'} in the audience
            </Text>
          )}

          <Divider />
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => setAdvanced((open) => !open)}
            aria-expanded={advanced}
            style={{ alignSelf: 'flex-start' }}
          >
            <Group gap={4}>
              {advanced ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
              Advanced: score weights and betweenness
            </Group>
          </Anchor>
          <Collapse expanded={advanced}>
            <Stack gap="sm">
              <Group justify="space-between" align="flex-end">
                <Text size="xs" c="dimmed" maw={420}>
                  The score is the weighted mean of each metric’s percentile (weights 0–1; they need not add up to 1).
                </Text>
                <Button size="compact-xs" variant="subtle" onClick={() => form.setFieldValue('scoreWeights', { ...DEFAULT_SCORE_WEIGHTS })}>
                  Reset weights
                </Button>
              </Group>
              <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="sm" verticalSpacing="xs">
                {SCORE_WEIGHT_KEYS.map((metric) => (
                  <NumberInput
                    key={metric}
                    size="xs"
                    label={METRIC_INFO[metric].label}
                    min={0}
                    max={1}
                    step={0.05}
                    decimalScale={2}
                    {...form.getInputProps(`scoreWeights.${metric}`)}
                  />
                ))}
              </SimpleGrid>
              {form.errors.scoreWeights && (
                <Text size="xs" c="red" role="alert">
                  {form.errors.scoreWeights}
                </Text>
              )}
              <Group align="flex-end" gap="md">
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    Betweenness
                  </Text>
                  <SegmentedControl
                    size="xs"
                    aria-label="Betweenness"
                    data={BETWEENNESS_MODES.map((mode) => ({ value: mode, label: BETWEENNESS_LABELS[mode] }))}
                    {...form.getInputProps('betweenness')}
                  />
                </Stack>
                {form.values.betweenness === 'SAMPLED' && (
                  <NumberInput
                    size="xs"
                    w={140}
                    label="Sampled sources"
                    min={8}
                    max={100_000}
                    step={64}
                    thousandSeparator=","
                    {...form.getInputProps('betweennessSamples')}
                  />
                )}
              </Group>
              <Text size="xs" c="dimmed">
                Auto computes it exactly up to 5,000 profiles and samples beyond, reporting the error bound.
              </Text>
            </Stack>
          </Collapse>

          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close} disabled={start.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={start.isPending}>
              Start ranking
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
