import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import classes from './sources.module.css';

/** The "a job is writing to this network now" mark, linking to that job. */
export function WritingNow({ jobId }: { jobId: string }) {
  return (
    <Anchor component={Link} to={`/sources/jobs/${jobId}`} underline="hover" size="xs" c="blue.7">
      <Group gap={6} wrap="nowrap">
        <span className={classes.liveDot} aria-hidden="true" />
        <Text span size="xs" fw={600} inherit>
          Writing now
        </Text>
      </Group>
    </Anchor>
  );
}
