#!/usr/bin/python3
"""igraph reference timings for the ranking benchmark (Debian's python3-igraph).

Usage: igraph-reference.py EDGE_LIST NODE_COUNT [--betweenness]
EDGE_LIST holds one "source target" pair of 0-based node indices per line: the same directed graph Reachgraph ranked.
Prints one JSON object: seconds to read the graph, PageRank (PRPACK, igraph's default and fastest), coreness,
and, with --betweenness, exact betweenness; plus the PageRank vector's top 10 so the caller can check agreement.
"""
import json
import sys
import time

import igraph

path, n = sys.argv[1], int(sys.argv[2])
out = {"igraph": igraph.__version__}
t = time.perf_counter()
g = igraph.Graph.Read_Edgelist(path, directed=True)
if g.vcount() < n:
    g.add_vertices(n - g.vcount())
out["readSeconds"] = time.perf_counter() - t
out["nodes"], out["edges"] = g.vcount(), g.ecount()

t = time.perf_counter()
pr = g.pagerank(directed=True, damping=0.85, implementation="prpack")
out["pagerankSeconds"] = time.perf_counter() - t
out["pagerankTop"] = sorted(range(len(pr)), key=lambda v: -pr[v])[:10]
out["pagerankTopScores"] = [pr[v] for v in out["pagerankTop"]]

t = time.perf_counter()
g.coreness(mode="all")
out["corenessSeconds"] = time.perf_counter() - t

if "--betweenness" in sys.argv:
    t = time.perf_counter()
    g.betweenness(directed=True)
    out["betweennessSeconds"] = time.perf_counter() - t

print(json.dumps(out))
