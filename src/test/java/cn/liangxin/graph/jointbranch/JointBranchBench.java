package cn.liangxin.graph.jointbranch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark (a main class, not a test): random cities of eligible units clustered around
 * parks and buildings (fixed seed), planned with the default rules by {@link JointBranch}
 * and by the greedy baseline. Prints a Markdown table and writes it to
 * {@code target/bench/jointbranch.md} (or {@code <build.dir>/bench} when the system
 * property {@code build.dir} is set).
 */
public final class JointBranchBench {

	private JointBranchBench() {
	}

	public static void main(String[] args) throws IOException {
		int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
				: new int[] { 300, 2_000, 20_000, 100_000 };
		JointBranchParameters p = JointBranchParameters.defaults();
		StringBuilder md = new StringBuilder();
		md.append("Rules: defaults (min 3 full, 2..5 units, <= 50 members, WITHIN_DISTANCE 1000 m, ANY industry). ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, Java ")
			.append(System.getProperty("java.version"))
			.append(".\n\n");
		md.append(
				"| eligible | components | placed (ours) | placed (greedy) | upper bound | optimum (proven) | gap to bound | spread ours / greedy (km) | time ours | time greedy | time limit hit |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		// warm-up so the first row does not pay for class loading and JIT
		new JointBranch().compute(city(300, 1), p);
		for (int n : sizes) {
			JointBranchGraph g = city(n, 42);
			long t0 = System.nanoTime();
			JointBranchResult ours = new JointBranch().compute(g, p);
			long t1 = System.nanoTime();
			JointBranchResult greedy = new JointBranch.Greedy().compute(g, p);
			long t2 = System.nanoTime();
			double gap = ours.placedUpperBound() == 0 ? 0
					: 100.0 * (ours.placedUpperBound() - ours.placed()) / ours.placedUpperBound();
			String row = String.format(
					"| %,d | %,d (%,d proven) | %,d | %,d | %,d | %s | %.2f %% | %.1f / %.1f | %.2f s | %.2f s | %s |%n",
					n, ours.stats().components(), ours.stats().exactComponents(), ours.placed(), greedy.placed(),
					ours.placedUpperBound(),
					ours.optimal() ? String.format("%,d (lexicographic)", ours.placed())
							: ours.placedOptimal() ? String.format("%,d (placed only)", ours.placed()) : "not proven",
					gap, ours.totalSpreadMeters() / 1000, greedy.totalSpreadMeters() / 1000, (t1 - t0) / 1e9,
					(t2 - t1) / 1e9, ours.stats().timedOut() ? "yes" : "no");
			System.out.print(row);
			md.append(row);
		}
		System.out.println();
		System.out.println(md);
		Path out = Path.of(System.getProperty("build.dir", "target"), "bench", "jointbranch.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, md.toString());
		System.out.println("written to " + out);
	}

	/**
	 * A city whose area grows with n (about 30 eligible units per km^2 on average): parks
	 * with buildings hold 70 % of the units (in a building, often without coordinates, or
	 * around the park), the rest are scattered over the streets.
	 */
	static JointBranchGraph city(int n, long seed) {
		Random rnd = new Random(seed);
		double side = Math.sqrt(n / 30.0) * 1000; // meters
		double lat0 = 31.0;
		double lon0 = 121.2;
		double mLat = 1 / 111_195.08;
		double mLon = mLat / Math.cos(Math.toRadians(lat0 + side * mLat / 2));
		int parks = Math.max(1, n / 60);
		double[][] park = new double[parks][2];
		double[][][] building = new double[parks][][];
		for (int k = 0; k < parks; k++) {
			park[k][0] = rnd.nextDouble() * side;
			park[k][1] = rnd.nextDouble() * side;
			building[k] = new double[3 + rnd.nextInt(4)][2];
			for (double[] b : building[k]) {
				b[0] = park[k][0] + rnd.nextGaussian() * 300;
				b[1] = park[k][1] + rnd.nextGaussian() * 300;
			}
		}
		String[] sections = { "C", "F", "I", "L", "M", "O", null };
		List<Unit> units = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			double kind = rnd.nextDouble();
			String buildingId = null;
			String parkId = null;
			Double y = null;
			Double x = null;
			if (kind < 0.4) {
				int k = rnd.nextInt(parks);
				int b = rnd.nextInt(building[k].length);
				buildingId = "B" + k + "-" + b;
				parkId = "P" + k;
				if (rnd.nextDouble() < 0.6) {
					y = building[k][b][0] + rnd.nextGaussian() * 15;
					x = building[k][b][1] + rnd.nextGaussian() * 15;
				}
			}
			else if (kind < 0.7) {
				int k = rnd.nextInt(parks);
				parkId = "P" + k;
				y = park[k][0] + rnd.nextGaussian() * 600;
				x = park[k][1] + rnd.nextGaussian() * 600;
			}
			else {
				y = rnd.nextDouble() * side;
				x = rnd.nextDouble() * side;
			}
			int full = rnd.nextDouble() < 0.7 ? 1 : 2;
			int members = full + (rnd.nextDouble() < 0.3 ? 1 + rnd.nextInt(3) : 0) + (rnd.nextDouble() < 0.02 ? 40 : 0);
			String section = sections[rnd.nextInt(sections.length)];
			String division = section == null ? null : String.format("%02d", 10 + rnd.nextInt(80));
			String community = "C" + (int) ((y == null ? park[Integer.parseInt(parkId.substring(1))][0] : y) / 1500)
					+ "-" + (int) ((x == null ? park[Integer.parseInt(parkId.substring(1))][1] : x) / 1500);
			units.add(new Unit(String.format("91%016d", i), full, members, 5 + rnd.nextInt(200), buildingId, parkId,
					community, y == null ? null : lat0 + y * mLat, x == null ? null : lon0 + x * mLon, section,
					division));
		}
		return JointBranchGraph.of(units);
	}

}
