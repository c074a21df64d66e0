import { Navigate, Route, Routes } from 'react-router';
import { DEFAULT_AFTER_SIGN_IN, RequireAuth } from '@/lib/auth';
import { AppLayout } from './layout/app-layout';
import { DealsRoute, InboxRoute, PipelineRoute } from './routes/coming-soon-pages';
import { NotFoundRoute } from './routes/not-found';
import { SettingsRoute } from './routes/settings';
import { SignInRoute } from './routes/sign-in';
import { SourceJobRoute } from './routes/source-job';
import { SourceNetworkRoute } from './routes/source-network';
import { SourcesRoute } from './routes/sources';
import { strategistRoutes } from './routes/strategist-routes';

/** Every page of the app. Wrapped in a BrowserRouter by the app, in a MemoryRouter by tests. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInRoute />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to={DEFAULT_AFTER_SIGN_IN} replace />} />
          {strategistRoutes.map((route) => (
            <Route key={route.path} path={route.path} element={route.element} />
          ))}
          <Route path="sources" element={<SourcesRoute />} />
          <Route path="sources/networks/:networkId" element={<SourceNetworkRoute />} />
          <Route path="sources/jobs/:jobId" element={<SourceJobRoute />} />
          <Route path="pipeline" element={<PipelineRoute />} />
          <Route path="deals" element={<DealsRoute />} />
          <Route path="inbox" element={<InboxRoute />} />
          <Route path="settings" element={<SettingsRoute />} />
          <Route path="settings/:tab" element={<SettingsRoute />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Route>
      </Route>
    </Routes>
  );
}
