import { IconHeartHandshake, IconLayoutKanban, IconMail } from '@tabler/icons-react';
import { ComingSoon } from '@/components/ui/coming-soon';
import { PageHeader } from '@/components/ui/page-header';

const ICON_SIZE = 36;

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
