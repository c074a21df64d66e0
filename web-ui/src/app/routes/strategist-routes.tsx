import type { RouteObject } from 'react-router';
import { CompareRoute } from './compare';
import { DiscoverRoute } from './discover';
import { DiscoverRunRoute } from './discover-run';
import { NetworkMapRoute } from './network-map';
import { RankedProfileRoute } from './ranked-profile';
import { ShortlistRoute } from './shortlist';
import { ShortlistsRoute } from './shortlists';

/**
 * The strategists' screens (Discover, the profile page, Network, Compare, Shortlists), as route objects to put
 * inside the signed-in layout: `{strategistRoutes.map((route) => <Route key={route.path} {...route} />)}`.
 */
export const strategistRoutes = [
  { path: 'discover', element: <DiscoverRoute /> },
  { path: 'discover/:runId', element: <DiscoverRunRoute /> },
  { path: 'discover/:runId/profiles/:profileId', element: <RankedProfileRoute /> },
  { path: 'network', element: <NetworkMapRoute /> },
  { path: 'network/:runId', element: <NetworkMapRoute /> },
  { path: 'compare/:runId', element: <CompareRoute /> },
  { path: 'shortlists', element: <ShortlistsRoute /> },
  { path: 'shortlists/:shortlistId', element: <ShortlistRoute /> },
] satisfies RouteObject[];
