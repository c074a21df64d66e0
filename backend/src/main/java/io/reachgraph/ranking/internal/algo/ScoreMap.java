package io.reachgraph.ranking.internal.algo;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** A read-only {@code Map<Integer, Double>} view of a score array: node {@code i} maps to {@code scores[i]}. */
final class ScoreMap extends AbstractMap<Integer, Double> {

	private final double[] scores;

	ScoreMap(double[] scores) {
		this.scores = scores;
	}

	@Override
	public int size() {
		return scores.length;
	}

	@Override
	public boolean containsKey(Object key) {
		return key instanceof Integer i && i >= 0 && i < scores.length;
	}

	@Override
	public Double get(Object key) {
		return containsKey(key) ? scores[(Integer) key] : null;
	}

	@Override
	public Set<Map.Entry<Integer, Double>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public int size() {
				return scores.length;
			}

			@Override
			public Iterator<Map.Entry<Integer, Double>> iterator() {
				return new Iterator<>() {

					private int next;

					@Override
					public boolean hasNext() {
						return next < scores.length;
					}

					@Override
					public Map.Entry<Integer, Double> next() {
						if (next >= scores.length) {
							throw new NoSuchElementException();
						}
						int i = next++;
						return new SimpleImmutableEntry<>(i, scores[i]);
					}

				};
			}

		};
	}

	/** The score of {@code v}, rejecting unknown nodes like JGraphT does. */
	static double score(double[] scores, Integer v) {
		if (v == null || v < 0 || v >= scores.length) {
			throw new IllegalArgumentException("Cannot return score of unknown vertex");
		}
		return scores[v];
	}

}
