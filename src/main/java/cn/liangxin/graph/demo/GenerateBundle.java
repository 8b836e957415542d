package cn.liangxin.graph.demo;

import java.nio.file.Path;
import java.util.Map;

/**
 * Command line: {@code GenerateBundle --organizations N --seed S --out DIR [--zip FILE]}
 * writes a synthetic ledger bundle and prints the rows per file and the time taken.
 */
public final class GenerateBundle {

	private GenerateBundle() {
	}

	public static void main(String[] args) throws Exception {
		int organizations = 3_000;
		long seed = 1;
		Path out = null;
		Path zip = null;
		for (int i = 0; i < args.length; i++) {
			String value = i + 1 < args.length ? args[i + 1] : null;
			switch (args[i]) {
				case "--organizations" -> organizations = Integer.parseInt(require(args[i], value).replace("_", ""));
				case "--seed" -> seed = Long.parseLong(require(args[i], value));
				case "--out" -> out = Path.of(require(args[i], value));
				case "--zip" -> zip = Path.of(require(args[i], value));
				default -> usage("unknown argument " + args[i]);
			}
			i++;
		}
		if (out == null) {
			usage("--out is required");
		}
		CityParameters parameters = CityParameters.of(organizations, seed);
		long start = System.nanoTime();
		Map<String, Long> rows = new CityGenerator().writeBundle(parameters, out);
		long written = System.nanoTime();
		System.out.printf("%s%n", parameters);
		long total = 0;
		for (Map.Entry<String, Long> file : rows.entrySet()) {
			System.out.printf("%-26s %,12d rows%n", file.getKey(), file.getValue());
			total += file.getValue();
		}
		System.out.printf("%-26s %,12d rows in %.1f s%n", "total", total, (written - start) / 1e9);
		if (zip != null) {
			CityGenerator.zip(out, zip);
			System.out.printf("zipped to %s in %.1f s%n", zip, (System.nanoTime() - written) / 1e9);
		}
	}

	private static String require(String option, String value) {
		if (value == null) {
			usage(option + " needs a value");
		}
		return value;
	}

	private static void usage(String problem) {
		System.err.println(problem);
		System.err.println("usage: GenerateBundle --organizations N --seed S --out DIR [--zip FILE]");
		System.exit(2);
	}

}
