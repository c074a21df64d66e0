package io.reachgraph.ranking.internal.algo;

import java.util.Arrays;

/**
 * The strongly connected components of a {@link CsrGraph}, listed in a topological order of its condensation:
 * every edge {@code u → v} either stays inside a component or goes from an earlier component to a later one. So a
 * pull-based kernel that visits components in this order finds every in-neighbour outside the current component
 * already final, which is what lets {@link CsrPageRank} solve a component once and move on (the "SCC" solvers of
 * PRPACK, Gleich et al., do the same).
 *
 * <p>
 * First the acyclic fringes are trimmed off (Kahn's algorithm along the edges and against them, O(V + E)): on a
 * follower graph most nodes are there, and a graph without cycles needs nothing else. What remains goes to Tarjan's
 * algorithm (iterative, O(V + E), no recursion), walking the <em>reversed</em> edges, i.e. the in-lists: Tarjan
 * emits a component only after every component reachable from it, and what is reachable against the edges is exactly
 * what points into it. Memory: up to six {@code int[n]} during the walk, three kept.
 */
final class StrongComponents {

	/** The nodes, component after component, in topological order. */
	final int[] nodes;

	/** {@code position[v]}: where node {@code v} sits in {@link #nodes}. */
	final int[] position;

	/** Component {@code c} is {@code nodes[bounds[c] .. bounds[c+1])}; length {@code count + 1}. */
	final int[] bounds;

	final int count;

	private StrongComponents(int[] nodes, int[] position, int[] bounds, int count) {
		this.nodes = nodes;
		this.position = position;
		this.bounds = bounds;
		this.count = count;
	}

	int size(int component) {
		return bounds[component + 1] - bounds[component];
	}

	int largest() {
		int largest = 0;
		for (int c = 0; c < count; c++) {
			largest = Math.max(largest, size(c));
		}
		return largest;
	}

	static StrongComponents of(CsrGraph graph) {
		int n = graph.n;
		int[] inOffsets = graph.inOffsets, inSources = graph.inSources;
		int[] outOffsets = graph.outOffsets, outTargets = graph.outTargets;
		int[] nodes = new int[n];
		int[] position = new int[n];
		Arrays.fill(position, -1);
		int[] bounds = new int[n + 1];
		int[] work = new int[n];

		// Trimming (Kahn): a node whose in-neighbours are all placed is a component of its own and comes next. This
		// places every node that no cycle reaches (on a follower graph: the accounts nobody in the network follows,
		// then those followed only by them, ...) in one cheap pass.
		int front = 0;
		for (int v = 0; v < n; v++) {
			work[v] = inOffsets[v + 1] - inOffsets[v];
			if (work[v] == 0) {
				nodes[front++] = v;
			}
		}
		for (int head = 0; head < front; head++) {
			int v = nodes[head];
			for (int j = outOffsets[v], end = outOffsets[v + 1]; j < end; j++) {
				int u = outTargets[j];
				if (--work[u] == 0) {
					nodes[front++] = u;
				}
			}
		}
		for (int i = 0; i < front; i++) {
			position[nodes[i]] = i;
			bounds[i + 1] = i + 1;
		}
		if (front == n) {
			return new StrongComponents(nodes, position, bounds, n);
		}

		// The same against the edges: a node whose out-neighbours are all placed (none, at first) comes last.
		// Collected at the end of nodes in the order found, then reversed into place.
		int back = n;
		for (int v = 0; v < n; v++) {
			if (position[v] < 0) {
				work[v] = outOffsets[v + 1] - outOffsets[v];
				if (work[v] == 0) {
					nodes[--back] = v;
				}
			}
		}
		for (int head = n - 1; head >= back; head--) {
			int v = nodes[head];
			for (int j = inOffsets[v], end = inOffsets[v + 1]; j < end; j++) {
				int u = inSources[j];
				if (position[u] < 0 && --work[u] == 0) {
					nodes[--back] = u;
				}
			}
		}
		// nodes[back..n) now holds them last-found first, which is the order they must come in
		for (int i = back; i < n; i++) {
			position[nodes[i]] = i;
		}

		// Tarjan on what is left (the cores with their cycles), against the edges; placed nodes count as done.
		int[] index = work;
		Arrays.fill(index, -1);
		int[] low = new int[n];
		int[] stack = new int[n];
		int[] callNode = new int[n], callEdge = new int[n];
		int count = front, placed = front, counter = 0, sp = 0;
		for (int root = 0; root < n; root++) {
			if (index[root] >= 0 || position[root] >= 0) {
				continue;
			}
			int cp = 0;
			index[root] = low[root] = counter++;
			stack[sp++] = root;
			callNode[cp] = root;
			callEdge[cp++] = inOffsets[root];
			while (cp > 0) {
				int v = callNode[cp - 1];
				int e = callEdge[cp - 1];
				if (e < inOffsets[v + 1]) {
					callEdge[cp - 1] = e + 1;
					int u = inSources[e];
					if (index[u] < 0) {
						if (position[u] < 0) {
							index[u] = low[u] = counter++;
							stack[sp++] = u;
							callNode[cp] = u;
							callEdge[cp++] = inOffsets[u];
						}
					}
					else if (position[u] < 0 && index[u] < low[v]) {
						// visited, not yet placed: on the stack
						low[v] = index[u];
					}
					continue;
				}
				cp--;
				if (low[v] == index[v]) {
					int w;
					do {
						w = stack[--sp];
						position[w] = placed;
						nodes[placed++] = w;
					}
					while (w != v);
					bounds[++count] = placed;
				}
				if (cp > 0) {
					int parent = callNode[cp - 1];
					if (low[v] < low[parent]) {
						low[parent] = low[v];
					}
				}
			}
		}
		for (int i = back; i < n; i++) {
			bounds[++count] = i + 1;
		}
		return new StrongComponents(nodes, position, Arrays.copyOf(bounds, count + 1), count);
	}

}
