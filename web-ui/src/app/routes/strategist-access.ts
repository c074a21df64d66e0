import type { User } from '@/types/models';

/** Strategists and admins start rankings and edit shortlists; outreach colleagues may only look. */
export function canRank(user: User | null | undefined): boolean {
  return !!user && (user.role === 'STRATEGIST' || user.role === 'ADMIN');
}
