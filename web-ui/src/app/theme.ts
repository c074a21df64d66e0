import { Badge, Card, createTheme, Modal, NavLink, Paper, Table, Tabs } from '@mantine/core';

const fontFamily =
  '"Inter Variable", Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** One calm accent (indigo), soft surfaces, generous spacing. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 6,
  defaultRadius: 'md',
  fontFamily,
  headings: { fontFamily, fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    Badge: Badge.extend({ defaultProps: { tt: 'none' }, styles: { root: { fontWeight: 600, letterSpacing: 0 } } }),
    Card: Card.extend({ defaultProps: { shadow: 'xs', withBorder: true } }),
    Paper: Paper.extend({ defaultProps: { shadow: 'xs' } }),
    Modal: Modal.extend({
      defaultProps: { radius: 'md', padding: 'lg', overlayProps: { backgroundOpacity: 0.35, blur: 2 } },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    }),
    NavLink: NavLink.extend({ defaultProps: { variant: 'light' } }),
    Table: Table.extend({ defaultProps: { verticalSpacing: 'sm' } }),
    Tabs: Tabs.extend({ defaultProps: { keepMounted: false } }),
  },
});
