package io.reachgraph.ranking.internal.algo;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CyclicBarrier;
import java.util.function.IntConsumer;

/** Runs a kernel's work on a few platform threads: task {@code t} of {@code threads}, task 0 on the caller. */
final class Workers {

	private Workers() {
	}

	/** Two threads, or one on a single-core machine. */
	static int defaultThreads() {
		return Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
	}

	static void run(int threads, IntConsumer task) {
		if (threads <= 1) {
			task.accept(0);
			return;
		}
		Throwable[] errors = new Throwable[threads];
		Thread[] started = new Thread[threads];
		for (int t = 1; t < threads; t++) {
			int id = t;
			started[t] = new Thread(() -> {
				try {
					task.accept(id);
				}
				catch (Throwable e) {
					errors[id] = e;
				}
			}, "ranking-worker-" + t);
			started[t].setDaemon(true);
			started[t].start();
		}
		try {
			task.accept(0);
		}
		catch (Throwable e) {
			errors[0] = e;
		}
		boolean interrupted = false;
		for (int t = 1; t < threads; t++) {
			while (true) {
				try {
					started[t].join();
					break;
				}
				catch (InterruptedException e) {
					interrupted = true;
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		for (Throwable e : errors) {
			if (e instanceof RuntimeException r) {
				throw r;
			}
			if (e instanceof Error r) {
				throw r;
			}
		}
	}

	/** Waits at {@code barrier}; a broken barrier (another worker failed) ends this worker too. */
	static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			barrier.reset();
			throw new CancellationException("interrupted");
		}
		catch (BrokenBarrierException e) {
			throw new CancellationException("another worker failed");
		}
	}

	/**
	 * Splits {@code 0..n} into {@code parts} contiguous ranges of about equal work, where node {@code v} costs
	 * {@code offsets[v+1]-offsets[v]} edges plus one. Returns {@code parts+1} bounds.
	 */
	static int[] balancedRanges(int[] offsets, int n, int parts) {
		int[] bounds = new int[parts + 1];
		long total = (long) offsets[n] + n;
		int v = 0;
		for (int p = 1; p < parts; p++) {
			long goal = total * p / parts;
			while (v < n && (long) offsets[v] + v < goal) {
				v++;
			}
			bounds[p] = v;
		}
		bounds[parts] = n;
		return bounds;
	}

}
