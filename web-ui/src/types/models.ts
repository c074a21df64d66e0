/**
 * Friendly names for shapes in the generated `api.ts`, derived from the operations themselves so they follow the
 * backend's OpenAPI document (whatever its schema names are). Hand-written aliases only; no shapes are declared here.
 */
import type { paths } from './api';

type JsonBody<R> = R extends { content: infer C } ? C[keyof C] : never;
type RequestJson<O> = O extends { requestBody?: infer B } ? JsonBody<NonNullable<B>> : never;

export type User = JsonBody<paths['/api/me']['get']['responses'][200]>;
export type Role = User['role'];
export type UsersPage = JsonBody<paths['/api/users']['get']['responses'][200]>;
export type UsersQueryParams = NonNullable<paths['/api/users']['get']['parameters']['query']>;
export type CreateUserBody = RequestJson<paths['/api/users']['post']>;
export type UpdateUserBody = RequestJson<paths['/api/users/{id}']['patch']>;
export type ChangePasswordBody = RequestJson<paths['/api/me/password']['put']>;
export type ResetPasswordBody = RequestJson<paths['/api/users/{id}/password']['put']>;
export type SystemInfo = JsonBody<paths['/api/system']['get']['responses'][200]>;

export type NetworkSummary = JsonBody<paths['/api/networks/{id}']['get']['responses'][200]>;
export type NetworksPage = JsonBody<paths['/api/networks']['get']['responses'][200]>;
export type CreateNetworkBody = RequestJson<paths['/api/networks']['post']>;
export type UpdateNetworkBody = RequestJson<paths['/api/networks/{id}']['patch']>;
export type Job = JsonBody<paths['/api/jobs/{id}']['get']['responses'][200]>;
export type JobStatus = Job['status'];
export type JobType = Job['type'];
export type JobError = Job['errors'][number];
export type JobsPage = JsonBody<paths['/api/jobs']['get']['responses'][200]>;
export type ImportQueryParams = NonNullable<paths['/api/networks/{networkId}/imports']['post']['parameters']['query']>;
export type ImportFormat = NonNullable<ImportQueryParams['format']>;
export type EdgeKind = NonNullable<ImportQueryParams['defaultKind']>;
export type StartCollectionBody = RequestJson<paths['/api/networks/{networkId}/collections']['post']>;
export type CollectSource = StartCollectionBody['source'];
export type CollectWhat = NonNullable<StartCollectionBody['collect']>[number];

export const ROLES = ['ADMIN', 'STRATEGIST', 'OUTREACH'] as const satisfies readonly Role[];
export const JOB_STATUSES = ['QUEUED', 'RUNNING', 'PAUSED', 'COMPLETED', 'FAILED', 'CANCELLED'] as const satisfies readonly JobStatus[];
export const EDGE_KINDS = ['FOLLOWS', 'REPOSTS', 'MENTIONS', 'LINKS'] as const satisfies readonly EdgeKind[];
export const IMPORT_FORMATS = ['CSV_EDGES', 'CSV_PROFILES', 'GRAPHML', 'GEXF'] as const satisfies readonly ImportFormat[];
