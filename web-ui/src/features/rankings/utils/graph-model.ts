import { DirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { GraphView } from '@/types/ranking-models';
import { communityColor } from './community-colors';

export type NodeAttributes = {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  community: number;
  rank: number;
  score: number;
  center: boolean;
  fixed?: boolean;
};

export type EdgeAttributes = { kinds: string[]; weight: number; size: number; color: string };

export const EDGE_COLOR = '#ced4da';

/**
 * A graphology graph ready to draw: nodes coloured by community and sized by score (relative to the view, so the
 * top of a small ego network is as readable as the top of the whole map), edges of several kinds between the same
 * two profiles merged into one. Positions come from ForceAtlas2, started from a circle, so the same data always gives
 * the same picture; the centre of an ego network is pinned in the middle.
 */
export function buildGraph(view: GraphView, { centerId, minSize = 3, maxSize = 16 }: { centerId?: string; minSize?: number; maxSize?: number } = {}) {
  const graph = new DirectedGraph<NodeAttributes, EdgeAttributes>({ multi: false, allowSelfLoops: false });
  const scores = view.nodes.map((node) => node.score ?? 0);
  const low = Math.min(...scores);
  const high = Math.max(...scores);
  const count = view.nodes.length;
  view.nodes.forEach((node, index) => {
    if (graph.hasNode(node.id)) {
      return;
    }
    const relative = high > low ? ((node.score ?? 0) - low) / (high - low) : 0.5;
    const center = node.id === centerId;
    const angle = (2 * Math.PI * index) / Math.max(1, count);
    graph.addNode(node.id, {
      label: node.label,
      x: center ? 0 : 100 * Math.cos(angle),
      y: center ? 0 : 100 * Math.sin(angle),
      size: center ? maxSize + 4 : minSize + Math.sqrt(relative) * (maxSize - minSize),
      color: communityColor(node.community),
      community: node.community ?? -1,
      rank: node.rank ?? 0,
      score: node.score ?? 0,
      center,
      fixed: center || undefined,
    });
  });
  for (const edge of view.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) {
      continue;
    }
    const key = `${edge.source}->${edge.target}`;
    if (graph.hasEdge(key)) {
      graph.updateEdgeAttributes(key, (attributes) => ({
        ...attributes,
        kinds: [...attributes.kinds, edge.kind],
        weight: attributes.weight + (edge.weight ?? 1),
      }));
    } else {
      graph.addDirectedEdgeWithKey(key, edge.source, edge.target, {
        kinds: [edge.kind],
        weight: edge.weight ?? 1,
        size: 1,
        color: EDGE_COLOR,
      });
    }
  }
  graph.forEachEdge((key, attributes) => {
    graph.setEdgeAttribute(key, 'size', Math.min(3, 0.6 + Math.log2(1 + attributes.weight) * 0.5));
  });
  if (graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    forceAtlas2.assign(graph, {
      iterations: graph.order > 500 ? 120 : 250,
      getEdgeWeight: null,
      settings: { ...settings, gravity: 0.6, scalingRatio: Math.max(settings.scalingRatio ?? 1, 12), strongGravityMode: false, barnesHutOptimize: graph.order > 300, adjustSizes: false },
    });
  }
  return graph;
}

/** The communities of a view, largest first, with how many of its profiles each holds. */
export function communityCounts(view: GraphView): { community: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const node of view.nodes) {
    const community = node.community ?? -1;
    counts.set(community, (counts.get(community) ?? 0) + 1);
  }
  return [...counts.entries()].map(([community, count]) => ({ community, count })).sort((a, b) => b.count - a.count || a.community - b.community);
}
