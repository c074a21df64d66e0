import { Center, Stack, Text } from '@mantine/core';
import { IconAffiliate } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { Sigma } from 'sigma';
import type { GraphView } from '@/types/ranking-models';
import { buildGraph, type EdgeAttributes, type NodeAttributes } from '../utils/graph-model';
import classes from './rankings.module.css';

type GraphCanvasProps = {
  view: GraphView;
  /** The ego network's profile: pinned in the middle, drawn larger, always labelled. */
  centerId?: string;
  height: number;
  onNodeClick?: (profileId: string) => void;
  /** Label every node that fits (small graphs), or only the biggest (the map). */
  labelAll?: boolean;
  /** Draw edge directions (small graphs). */
  arrows?: boolean;
  ariaLabel: string;
};

/** Whether this browser can draw WebGL (sigma needs it); jsdom and locked-down browsers cannot. */
function canDrawWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

const DIMMED_NODE = '#e9ecef';
const HIGHLIGHT_EDGE = '#748ffc';

/**
 * A graph drawn with sigma.js (WebGL): ForceAtlas2 layout, community colours, size by score. Hovering a node
 * highlights it and its neighbours; clicking one opens it. Zoom with the wheel, pan by dragging.
 */
export function GraphCanvas({ view, centerId, height, onNodeClick, labelAll, arrows, ariaLabel }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const onClick = useRef(onNodeClick);
  const [supported] = useState(canDrawWebGL);

  useEffect(() => {
    onClick.current = onNodeClick;
  });

  useEffect(() => {
    const element = container.current;
    if (!element || !supported || view.nodes.length === 0) {
      return undefined;
    }
    const graph = buildGraph(view, { centerId, minSize: labelAll ? 5 : 3, maxSize: labelAll ? 18 : 16 });
    let hovered: string | null = null;
    let neighbours = new Set<string>();
    let renderer: Sigma<NodeAttributes, EdgeAttributes> | null = null;
    let cancelled = false;

    // sigma is loaded on demand: it needs WebGL as soon as its module runs, and only the graph screens use it
    const draw = (SigmaRenderer: typeof Sigma) => {
      try {
        renderer = new SigmaRenderer<NodeAttributes, EdgeAttributes>(graph, element, {
          allowInvalidContainer: true,
          defaultEdgeType: arrows ? 'arrow' : 'line',
          renderEdgeLabels: false,
          labelFont: '"Inter Variable", Inter, system-ui, sans-serif',
          labelSize: 12,
          labelWeight: '500',
          labelColor: { color: '#343a40' },
          labelDensity: labelAll ? 0.9 : 0.6,
          labelGridCellSize: labelAll ? 110 : 120,
          labelRenderedSizeThreshold: labelAll ? 1 : 9,
          zIndex: true,
          stagePadding: 24,
          minCameraRatio: 0.1,
          maxCameraRatio: 4,
          nodeReducer: (node, data) => {
            const display: Partial<NodeAttributes> & { highlighted?: boolean; forceLabel?: boolean; zIndex?: number } = { ...data };
            if (data.center) {
              display.forceLabel = true;
              display.highlighted = true;
              display.zIndex = 2;
            }
            if (hovered) {
              if (node === hovered || neighbours.has(node)) {
                display.zIndex = 1;
                display.forceLabel = node === hovered || neighbours.size <= 12;
                display.highlighted = node === hovered;
              } else {
                display.color = DIMMED_NODE;
                display.label = '';
                display.zIndex = 0;
              }
            }
            return display;
          },
          edgeReducer: (edge, data) => {
            if (!hovered) {
              return data;
            }
            const [source, target] = graph.extremities(edge);
            return source === hovered || target === hovered ? { ...data, color: HIGHLIGHT_EDGE, zIndex: 1 } : { ...data, hidden: true };
          },
        });
      } catch {
        element.textContent = 'This graph could not be drawn in this browser.';
        return;
      }
      const active = renderer;
      active.on('enterNode', ({ node }) => {
        hovered = node;
        neighbours = new Set(graph.neighbors(node));
        element.style.cursor = onClick.current ? 'pointer' : 'default';
        active.refresh({ skipIndexation: true });
      });
      active.on('leaveNode', () => {
        hovered = null;
        neighbours = new Set();
        element.style.cursor = 'default';
        active.refresh({ skipIndexation: true });
      });
      active.on('clickNode', ({ node }) => onClick.current?.(node));
    };

    import('sigma')
      .then((module) => {
        if (!cancelled) draw(module.Sigma);
      })
      .catch(() => {
        if (!cancelled) element.textContent = 'The graph drawing could not be loaded; reload the page to try again.';
      });
    return () => {
      cancelled = true;
      renderer?.kill();
    };
  }, [view, centerId, labelAll, arrows, supported]);

  if (!supported) {
    return (
      <Center h={height} className={classes.graphFrame}>
        <Stack align="center" gap={4}>
          <IconAffiliate size={28} color="var(--mantine-color-gray-5)" />
          <Text size="sm" c="dimmed">
            This browser cannot draw the graph (WebGL is turned off).
          </Text>
        </Stack>
      </Center>
    );
  }
  return (
    <div className={classes.graphFrame} style={{ height }}>
      <div ref={container} className={classes.graphCanvas} role="img" aria-label={ariaLabel} data-testid="graph-canvas" data-nodes={view.nodes.length} />
    </div>
  );
}
