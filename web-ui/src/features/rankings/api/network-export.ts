/** The network as a GEXF file (Gephi), downloaded by the browser through a plain link. */
export function networkGexfUrl(networkId: string): string {
  return `/api/networks/${encodeURIComponent(networkId)}/export?format=gexf`;
}
