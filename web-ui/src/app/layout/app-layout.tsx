import { AppShell, Burger, Group, NavLink, ScrollArea, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { SystemVersion } from '@/features/system/components/system-version';
import { useUser } from '@/lib/auth';
import { NAV_ITEMS, SETTINGS_ITEM, type NavItem } from '../navigation';
import classes from './app-layout.module.css';
import { Brand } from './brand';
import { UserMenu } from './user-menu';

function NavItemLink({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  const { pathname } = useLocation();
  const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
  const Icon = item.icon;
  return (
    <NavLink
      component={RouterNavLink}
      to={item.to}
      label={item.label}
      active={active}
      leftSection={<Icon size={20} stroke={1.6} />}
      onClick={onNavigate}
      className={classes.navLink}
    />
  );
}

/** The signed-in frame: brand and account in the header, sections on the left, the page in the middle. */
export function AppLayout() {
  const { user } = useUser();
  const [opened, { toggle, close }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={0}
      className={classes.shell}
    >
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Brand />
          </Group>
          {user && <UserMenu user={user} />}
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" className={classes.navbar} aria-label="Main navigation">
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2}>
            {NAV_ITEMS.map((item) => (
              <NavItemLink key={item.to} item={item} onNavigate={close} />
            ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section className={classes.navFooter}>
          <NavItemLink item={SETTINGS_ITEM} onNavigate={close} />
          <div className={classes.version}>
            <SystemVersion />
          </div>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main className={classes.main}>
        <div className={classes.content}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
