export const shortlistsPath = () => '/shortlists';
export const shortlistPath = (id: string) => `/shortlists/${encodeURIComponent(id)}`;
