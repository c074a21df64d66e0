import { IconAffiliate, IconChartDots3, IconHeartHandshake, IconLayoutKanban, IconMail } from '@tabler/icons-react';
import { ComingSoon } from '@/components/ui/coming-soon';
import { PageHeader } from '@/components/ui/page-header';

const ICON_SIZE = 36;

export function DiscoverRoute() {
  return (
    <>
      <PageHeader title="Discover" description="Who matters in a niche, ranked." />
      <ComingSoon
        page="Discover"
        icon={<IconChartDots3 size={ICON_SIZE} stroke={1.5} />}
        summary="Discover will rank the influencers and partner sites of a niche by how much reach they really have in it, so you know whom to approach first."
        plans={[
          'Ranked lists of accounts and web sites for a niche',
          'Scores explained: who follows, links to and mentions them',
          'Shortlist the best candidates straight into your pipeline',
        ]}
      />
    </>
  );
}

export function NetworkRoute() {
  return (
    <>
      <PageHeader title="Network" description="The map of a collected network." />
      <ComingSoon
        page="Network"
        icon={<IconAffiliate size={ICON_SIZE} stroke={1.5} />}
        summary="Network will draw a graph map of a collected network: the accounts and sites as points, follows and links between them, and the communities they form."
        plans={[
          'Zoom and search across the graph of a niche',
          'See communities and the bridges between them',
          'Import and export graphs (CSV, GraphML, GEXF)',
        ]}
      />
    </>
  );
}

export function PipelineRoute() {
  return (
    <>
      <PageHeader title="Pipeline" description="Every pitch, from first contact to yes." />
      <ComingSoon
        page="Pipeline"
        icon={<IconLayoutKanban size={ICON_SIZE} stroke={1.5} />}
        summary="Pipeline will be a Kanban board of your pitches: drag each prospect from stage to stage as the conversation moves along."
        plans={[
          'A column per stage of your campaign',
          'Follow-up dates so no pitch goes cold',
          'The whole history of each conversation on its card',
        ]}
      />
    </>
  );
}

export function DealsRoute() {
  return (
    <>
      <PageHeader title="Deals" description="Agreed collaborations, through to a live link." />
      <ComingSoon
        page="Deals"
        icon={<IconHeartHandshake size={ICON_SIZE} stroke={1.5} />}
        summary="Deals will track guest posts, reviews and interviews you agreed on, until the published link is verified live."
        plans={[
          'Terms, due dates and contacts in one place',
          'Automatic checks that the published link is live',
          'A record of what each partner delivered',
        ]}
      />
    </>
  );
}

export function InboxRoute() {
  return (
    <>
      <PageHeader title="Inbox" description="Outreach mail and the replies it gets." />
      <ComingSoon
        page="Inbox"
        icon={<IconMail size={ICON_SIZE} stroke={1.5} />}
        summary="Inbox will hold your outreach mail and the replies to it, matched to the right pitch, with reminders when someone has not answered."
        plans={[
          'Send pitches from reusable templates',
          'Replies detected and filed under their pitch',
          'Reminders and a daily digest of what needs you',
        ]}
      />
    </>
  );
}
