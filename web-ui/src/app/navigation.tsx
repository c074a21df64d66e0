import {
  IconAffiliate,
  IconChartDots3,
  IconDatabaseImport,
  IconHeartHandshake,
  IconLayoutKanban,
  IconListCheck,
  IconMail,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';

export type NavItem = { label: string; to: string; icon: Icon };

export const NAV_ITEMS: NavItem[] = [
  { label: 'Discover', to: '/discover', icon: IconChartDots3 },
  { label: 'Sources', to: '/sources', icon: IconDatabaseImport },
  { label: 'Network', to: '/network', icon: IconAffiliate },
  { label: 'Shortlists', to: '/shortlists', icon: IconListCheck },
  { label: 'Pipeline', to: '/pipeline', icon: IconLayoutKanban },
  { label: 'Deals', to: '/deals', icon: IconHeartHandshake },
  { label: 'Inbox', to: '/inbox', icon: IconMail },
];

export const SETTINGS_ITEM: NavItem = { label: 'Settings', to: '/settings', icon: IconSettings };
