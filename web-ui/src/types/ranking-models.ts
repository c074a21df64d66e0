/**
 * Friendly names for the ranking and shortlist shapes in the generated `api.ts`, derived from the operations (as
 * `models.ts` does for the rest). Hand-written aliases only; no shapes are declared here.
 */
import type { paths } from './api';

type JsonBody<R> = R extends { content: infer C } ? C[keyof C] : never;
type RequestJson<O> = O extends { requestBody?: infer B } ? JsonBody<NonNullable<B>> : never;

export type NetworkOption = JsonBody<paths['/api/networks/{id}']['get']['responses'][200]>;
export type NetworkOptionsPage = JsonBody<paths['/api/networks']['get']['responses'][200]>;

export type RankingRun = JsonBody<paths['/api/rankings/{runId}']['get']['responses'][200]>;
export type RankingRunsPage = JsonBody<paths['/api/networks/{networkId}/rankings']['get']['responses'][200]>;
export type RankingParameters = RankingRun['parameters'];
export type StartRankingBody = RequestJson<paths['/api/networks/{networkId}/rankings']['post']>;
export type RankingJob = JsonBody<paths['/api/jobs/{id}']['get']['responses'][200]>;

export type RankedProfile = JsonBody<paths['/api/rankings/{runId}/profiles']['get']['responses'][200]> extends {
  content?: (infer P)[];
}
  ? P
  : never;
export type RankedProfilesPage = JsonBody<paths['/api/rankings/{runId}/profiles']['get']['responses'][200]>;
export type RankedProfilesQuery = NonNullable<paths['/api/rankings/{runId}/profiles']['get']['parameters']['query']>;
export type RankChange = NonNullable<RankedProfile['rankChange']>;
export type RankedProfileDetails = JsonBody<paths['/api/rankings/{runId}/profiles/{profileId}']['get']['responses'][200]>;
export type InLink = RankedProfileDetails['strongestInLinks'][number];
export type AudienceShare = RankedProfileDetails['audience'][number];
export type HistoryPoint = RankedProfileDetails['history'][number];
export type ProfileRanks = RankedProfileDetails['ranks'];

export type GraphView = JsonBody<paths['/api/rankings/{runId}/map']['get']['responses'][200]>;
export type GraphNode = GraphView['nodes'][number];
export type GraphEdge = GraphView['edges'][number];

export type RankComparison = JsonBody<paths['/api/rankings/{runId}/compare']['get']['responses'][200]>;
export type ComparisonRow = NonNullable<RankComparison['rows']>[number];

export type OverlapBody = RequestJson<paths['/api/rankings/{runId}/overlap']['post']>;
export type AudienceOverlap = JsonBody<paths['/api/rankings/{runId}/overlap']['post']['responses'][200]>;
export type OverlapPair = AudienceOverlap['pairs'][number];

export type Shortlist = JsonBody<paths['/api/shortlists/{id}']['get']['responses'][200]>;
export type ShortlistItem = Shortlist['items'][number];
export type ShortlistMembership = JsonBody<paths['/api/shortlists/containing']['get']['responses'][200]>[number];
export type ShortlistsPage = JsonBody<paths['/api/shortlists']['get']['responses'][200]>;
export type CreateShortlistBody = RequestJson<paths['/api/shortlists']['post']>;
export type UpdateShortlistBody = RequestJson<paths['/api/shortlists/{id}']['patch']>;
export type AddShortlistItemsBody = RequestJson<paths['/api/shortlists/{id}/items']['post']>;
