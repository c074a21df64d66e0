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

export const ROLES = ['ADMIN', 'STRATEGIST', 'OUTREACH'] as const satisfies readonly Role[];
