package cn.liangxin.graph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The figures of the reliability suite, written like the bench's report: one Markdown
 * section per test class in {@code target/reliability/}, the measured times and sizes
 * (never asserted: the tests assert behaviour, the report says how long it took on this
 * machine).
 */
public final class ReliabilityReport {

	private ReliabilityReport() {
	}

	public static void write(String name, String title, List<String> lines) {
		Path file = Path.of("target", "reliability", name + ".md");
		var text = new StringBuilder("## ").append(title).append("\n\n");
		text.append("Measured ")
			.append(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES))
			.append(" on ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, Java ")
			.append(System.getProperty("java.version"))
			.append(", load average ")
			.append(String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
			.append(" at the end (the machine is shared with other builds).\n\n");
		lines.forEach(line -> text.append(line).append('\n'));
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The resident set of a process in MiB, from /proc (Linux). */
	public static long rssMiB(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
			return -1;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/**
	 * CPU time a process used so far, user and system, in ms, from /proc (Linux; clock
	 * ticks of 10 ms).
	 */
	public static long cpuMillis(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			// the fields after the command name, which is in parentheses and may hold
			// spaces
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
