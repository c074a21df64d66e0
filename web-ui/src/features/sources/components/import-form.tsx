import {
  Alert,
  Autocomplete,
  Button,
  Code,
  Divider,
  FileInput,
  Group,
  List,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage, isApiError } from '@/lib/api-error';
import { applyFieldErrors } from '@/lib/form-errors';
import { EDGE_KINDS, type EdgeKind, type Job } from '@/types/models';
import { isUploadAborted, useUploadImport, type UploadProgress } from '../api/upload-import';
import { formatBytes } from '../utils/format';
import {
  COMMON_PLATFORMS,
  EDGE_KIND_LABELS,
  FORMAT_OPTIONS,
  IMPORT_ACCEPT,
  INITIAL_IMPORT_VALUES,
  MAX_IMPORT_BYTES,
  validateImportFile,
  validatePlatform,
  type ImportFormatChoice,
  type ImportValues,
} from '../utils/import-form';

type ImportFormProps = {
  networkId: string;
  /** Called once the server accepted the file and queued the import job. */
  onStarted: (job: Job) => void;
};

const FIELDS = ['file', 'format', 'platform', 'defaultKind'] as const;
const KIND_OPTIONS = EDGE_KINDS.map((kind) => ({ value: kind, label: EDGE_KIND_LABELS[kind] }));

type Failure = { title: string; message: string };

function failureOf(error: unknown): Failure {
  if (isApiError(error) && error.is('invalid-graph-file')) {
    return { title: 'This file cannot be imported', message: errorMessage(error) };
  }
  if (isApiError(error) && (error.is('payload-too-large') || error.status === 413)) {
    return {
      title: 'The file is too large',
      message: error.detail ?? `Files can be at most ${formatBytes(MAX_IMPORT_BYTES)}.`,
    };
  }
  return { title: "Couldn't start the import", message: errorMessage(error) };
}

/** Uploads a CSV, GraphML or GEXF file into the network (with upload progress) and hands over the import job. */
export function ImportForm({ networkId, onStarted }: ImportFormProps) {
  const upload = useUploadImport();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [abort, setAbort] = useState<AbortController | null>(null);
  const form = useForm<ImportValues>({
    initialValues: INITIAL_IMPORT_VALUES,
    validate: {
      file: validateImportFile,
      platform: validatePlatform,
    },
  });

  const submit = form.onSubmit((values) => {
    if (!values.file) {
      return;
    }
    setFailure(null);
    setProgress({ loaded: 0, total: values.file.size });
    const controller = new AbortController();
    setAbort(controller);
    upload.mutate(
      {
        networkId,
        file: values.file,
        options: {
          ...(values.format === 'AUTO' ? {} : { format: values.format }),
          platform: values.platform.trim(),
          defaultKind: values.defaultKind,
        },
        onProgress: setProgress,
        signal: controller.signal,
      },
      {
        onSuccess: (job) => {
          form.reset();
          onStarted(job);
        },
        onError: (error) => {
          if (isUploadAborted(error)) {
            return;
          }
          if (!applyFieldErrors(form, error, FIELDS)) {
            setFailure(failureOf(error));
          }
        },
        onSettled: () => {
          setProgress(null);
          setAbort(null);
        },
      },
    );
  });

  const uploading = upload.isPending;
  const percent = progress && progress.total > 0 ? Math.min(100, Math.round((progress.loaded * 100) / progress.total)) : 0;

  return (
    <form onSubmit={submit} noValidate aria-label="Import a file">
      <Stack gap="sm">
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle />} title={failure.title} role="alert">
            {failure.message}
          </Alert>
        )}
        <FileInput
          label="File"
          description={`CSV edge list or profiles, GraphML, or GEXF from Gephi; up to ${formatBytes(MAX_IMPORT_BYTES)}`}
          placeholder="Choose a .csv, .graphml or .gexf file"
          accept={IMPORT_ACCEPT}
          clearable
          required
          leftSection={<IconFileUpload size={16} />}
          disabled={uploading}
          {...form.getInputProps('file')}
        />
        <Select
          label="Format"
          data={FORMAT_OPTIONS}
          allowDeselect={false}
          disabled={uploading}
          {...form.getInputProps('format')}
          onChange={(value) => value && form.setFieldValue('format', value as ImportFormatChoice)}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Autocomplete
            label="Platform"
            description="Where the accounts in the file live"
            data={COMMON_PLATFORMS}
            disabled={uploading}
            autoComplete="off"
            {...form.getInputProps('platform')}
          />
          <Select
            label="Default edge kind"
            description="For rows that do not name one"
            data={KIND_OPTIONS}
            allowDeselect={false}
            disabled={uploading}
            {...form.getInputProps('defaultKind')}
            onChange={(value) => value && form.setFieldValue('defaultKind', value as EdgeKind)}
          />
        </SimpleGrid>
        {uploading && progress ? (
          <Stack gap={6} mt="xs" aria-live="polite">
            <Progress value={percent} size="md" radius="xl" striped animated aria-label="Upload progress" />
            <Group justify="space-between" gap="xs">
              <Text size="sm" c="dimmed">
                {percent >= 100
                  ? 'Uploaded; checking the file…'
                  : `Uploading ${formatBytes(progress.loaded)} of ${formatBytes(progress.total)} (${percent}%)`}
              </Text>
              <Button size="compact-sm" variant="subtle" color="gray" onClick={() => abort?.abort()}>
                Cancel upload
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group justify="flex-end" mt="xs">
            <Button type="submit" leftSection={<IconUpload size={16} />}>
              Import file
            </Button>
          </Group>
        )}
        <Divider mt="xs" />
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.4}>
          What files look like
        </Text>
        <List size="xs" c="dimmed" spacing={4}>
          <List.Item>
            <b>CSV edge list</b>: a header naming <Code>source</Code> and <Code>target</Code> columns, optionally{' '}
            <Code>kind</Code> (follows, reposts, mentions, links) and <Code>weight</Code>.
          </List.Item>
          <List.Item>
            <b>CSV profiles</b>: one row per account with an <Code>id</Code> or <Code>handle</Code> column, plus name, bio,
            followers…
          </List.Item>
          <List.Item>
            <b>GraphML</b> and <b>GEXF</b> as saved by Gephi, NodeXL or networkx.
          </List.Item>
        </List>
      </Stack>
    </form>
  );
}
