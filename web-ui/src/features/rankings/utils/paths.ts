/** Where the strategist screens live; profile ids hold a colon, so every segment is encoded. */
export const discoverPath = (networkId?: string) => (networkId ? `/discover?network=${encodeURIComponent(networkId)}` : '/discover');
export const runPath = (runId: string) => `/discover/${encodeURIComponent(runId)}`;
export const profilePath = (runId: string, profileId: string) =>
  `/discover/${encodeURIComponent(runId)}/profiles/${encodeURIComponent(profileId)}`;
export const mapPath = (runId?: string) => (runId ? `/network/${encodeURIComponent(runId)}` : '/network');
export const comparePath = (runId: string) => `/compare/${encodeURIComponent(runId)}`;
