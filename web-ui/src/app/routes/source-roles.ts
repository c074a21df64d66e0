import type { Role } from '@/types/models';

/** Who may create networks, import, collect and control jobs; everyone signed in may look. */
export const SOURCE_MANAGERS: readonly Role[] = ['ADMIN', 'STRATEGIST'];
