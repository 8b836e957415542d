package cn.liangxin.graph.demo;

/**
 * SplitMix64: a tiny generator whose output is fixed by its algorithm, so a seed yields
 * the same bundle on every JDK (java.util.SplittableRandom documents no such promise
 * across releases).
 */
final class Rng {

	private long state;

	Rng(long seed) {
		this.state = seed;
	}

	long nextLong() {
		long z = (state += 0x9E3779B97F4A7C15L);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** Uniform in [0, 1). */
	double nextDouble() {
		return (nextLong() >>> 11) * 0x1.0p-53;
	}

	/** Uniform in [0, bound). */
	int nextInt(int bound) {
		return (int) ((nextLong() >>> 33) % bound);
	}

	/** Uniform in [from, to] inclusive. */
	int between(int from, int to) {
		return from + nextInt(to - from + 1);
	}

	boolean chance(double p) {
		return nextDouble() < p;
	}

	/** Roughly normal (Irwin–Hall of four uniforms), mean 0, standard deviation 1. */
	double gaussian() {
		return (nextDouble() + nextDouble() + nextDouble() + nextDouble() - 2.0) * 1.7320508075688772;
	}

	/**
	 * Log-normal with the given median; StrictMath keeps the result identical on every
	 * platform.
	 */
	double logNormal(double median, double sigma) {
		return median * StrictMath.exp(sigma * gaussian());
	}

	<T> T pick(T[] values) {
		return values[nextInt(values.length)];
	}

	/** Index drawn with the given (not necessarily normalised) weights. */
	int weighted(double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double r = nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

}
