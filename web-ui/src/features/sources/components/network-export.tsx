import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { networkExportUrl } from '../api/export-network';

/** Downloads of the whole network: a CSV edge list, or GEXF to open in Gephi. */
export function NetworkExport({ networkId }: { networkId: string }) {
  return (
    <Group gap="sm">
      <Button component="a" href={networkExportUrl(networkId, 'csv')} download variant="default" leftSection={<IconDownload size={16} />}>
        Download CSV
      </Button>
      <Button component="a" href={networkExportUrl(networkId, 'gexf')} download variant="default" leftSection={<IconDownload size={16} />}>
        Download GEXF (Gephi)
      </Button>
    </Group>
  );
}
