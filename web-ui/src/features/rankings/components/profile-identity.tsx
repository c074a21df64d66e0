import { Anchor, Avatar, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink, IconMail, IconRss, IconWorldWww } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { RankedProfileDetails } from '@/types/ranking-models';
import { communityColor, communityLabel } from '../utils/community-colors';
import { formatCount, formatScore } from '../utils/format';
import { FlagBadges } from './flag-badges';
import { RankChangeIndicator } from './rank-change-indicator';
import classes from './rankings.module.css';

function Count({ label, value }: { label: string; value: number | null | undefined }) {
  return (
    <Stack gap={0}>
      <Text className={classes.statValue}>{formatCount(value)}</Text>
      <Text className={classes.statLabel}>{label}</Text>
    </Stack>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host + new URL(url).pathname.replace(/\/$/, '');
  } catch {
    return url;
  }
}

function ExternalLink({ href, children }: { href: string; children?: ReactNode }) {
  const safe = /^https?:\/\//i.test(href);
  if (!safe) {
    return <Text size="sm">{href}</Text>;
  }
  return (
    <Anchor href={href} target="_blank" rel="noreferrer noopener" size="sm">
      {children ?? hostOf(href)}
    </Anchor>
  );
}

/** Who the profile is: name, platform, counts, bio, links and, for web sites, the signals a crawl found. */
export function ProfileIdentity({ details, actions }: { details: RankedProfileDetails; actions?: ReactNode }) {
  const { summary, site } = details;
  const isWeb = summary.platform === 'web' || !!site;
  return (
    <Card padding="lg" radius="md" aria-label="Profile">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg">
        <Group align="flex-start" wrap="nowrap" gap="lg">
          <Avatar src={summary.avatarUrl} size={72} radius="xl" color="initials" name={summary.label} />
          <Stack gap={6}>
            <Group gap="sm" align="center">
              <Title order={2} fw={650} data-testid="profile-label">
                {summary.label}
              </Title>
              <RankChangeIndicator change={summary.rankChange} />
            </Group>
            <Group gap="xs">
              {summary.displayName && summary.displayName !== summary.label && (
                <Text c="dimmed" size="sm">
                  {summary.displayName}
                </Text>
              )}
              <Badge variant="default" radius="sm" size="sm">
                {summary.platform}
              </Badge>
              <Group gap={6} wrap="nowrap">
                <span className={classes.legendDot} style={{ background: communityColor(summary.community) }} aria-hidden="true" />
                <Text size="sm">{communityLabel(summary.community)}</Text>
              </Group>
              {details.status && details.status !== 'ACTIVE' && (
                <Badge variant="light" color="gray" radius="sm" size="sm">
                  {details.status.toLowerCase()}
                </Badge>
              )}
            </Group>
            <FlagBadges flags={summary.flags} />
          </Stack>
        </Group>
        <Stack gap={8} align="flex-end">
          <Group gap="lg" wrap="nowrap">
            <Stack gap={0} align="flex-end">
              <Text className={classes.statLabel}>Rank</Text>
              <Text fz={30} fw={700} lh={1.1} data-testid="profile-rank">
                #{summary.rank}
              </Text>
              <Text size="xs" c="dimmed">
                of {formatCount(details.scopeSize)}
              </Text>
            </Stack>
            <Stack gap={0} align="flex-end">
              <Text className={classes.statLabel}>Score</Text>
              <Text fz={30} fw={700} lh={1.1} c="indigo.7">
                {formatScore(summary.score)}
              </Text>
              <Text size="xs" c="dimmed">
                of 100
              </Text>
            </Stack>
          </Group>
          {actions}
        </Stack>
      </Group>

      {details.bio && (
        <Text size="sm" mt="md" maw={760} style={{ whiteSpace: 'pre-line' }}>
          {details.bio}
        </Text>
      )}

      <SimpleGrid cols={{ base: 2, sm: 4 }} mt="md" spacing="lg">
        <Count label="Followers" value={summary.followersCount ?? undefined} />
        <Count label="Followers in niche" value={summary.followersInScope} />
        <Count label="Following" value={details.followingCount ?? undefined} />
        <Count label="Posts" value={details.postsCount ?? undefined} />
      </SimpleGrid>

      {details.links.length > 0 && (
        <Group gap="md" mt="md">
          {details.links.slice(0, 8).map((link) => (
            <Group key={link} gap={4} wrap="nowrap">
              <IconExternalLink size={14} color="var(--mantine-color-gray-6)" />
              <ExternalLink href={link} />
            </Group>
          ))}
        </Group>
      )}

      {isWeb && site && (
        <Card withBorder shadow="none" radius="md" mt="md" padding="md" bg="gray.0" aria-label="Site signals">
          <Group gap="xs" mb="xs">
            <IconWorldWww size={18} />
            <Text fw={600} size="sm">
              {site.title ?? 'Web site'}
            </Text>
            {typeof site.pagesSeen === 'number' && (
              <Text size="xs" c="dimmed">
                · {formatCount(site.pagesSeen)} pages crawled
              </Text>
            )}
          </Group>
          {site.description && (
            <Text size="sm" c="dimmed" mb="xs">
              {site.description}
            </Text>
          )}
          <dl className={classes.definitionList}>
            <dt>Contact page</dt>
            <dd>{site.contactUrl ? <ExternalLink href={site.contactUrl} /> : '—'}</dd>
            <dt>Guest posts</dt>
            <dd>{site.guestPostUrl ? <ExternalLink href={site.guestPostUrl} /> : '—'}</dd>
            <dt>Emails</dt>
            <dd>
              {site.emails?.length ? (
                <Group gap="sm">
                  {site.emails.map((email) => (
                    <Anchor key={email} href={`mailto:${email}`} size="sm">
                      <Group gap={4} wrap="nowrap">
                        <IconMail size={14} />
                        {email}
                      </Group>
                    </Anchor>
                  ))}
                </Group>
              ) : (
                '—'
              )}
            </dd>
            <dt>Feeds</dt>
            <dd>
              {site.feeds?.length ? (
                <Group gap="sm">
                  {site.feeds.map((feed) => (
                    <Group key={feed} gap={4} wrap="nowrap">
                      <IconRss size={14} color="var(--mantine-color-orange-6)" />
                      <ExternalLink href={feed} />
                    </Group>
                  ))}
                </Group>
              ) : (
                '—'
              )}
            </dd>
          </dl>
        </Card>
      )}
    </Card>
  );
}
