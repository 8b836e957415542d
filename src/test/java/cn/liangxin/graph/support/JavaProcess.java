package cn.liangxin.graph.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A child JVM of a process-level test, on this JVM's classpath: its output goes to a log
 * file (and is watched for a line), it is killed when closed, and at the latest when this
 * JVM exits (a shutdown hook; and a child reading its standard input sees it close).
 * {@link #kill()} is a kill -9.
 */
public final class JavaProcess implements AutoCloseable {

	private final String name;

	private final Process process;

	private final Path log;

	private final Thread hook;

	private final CountDownLatch seen = new CountDownLatch(1);

	private volatile String seenLine;

	private JavaProcess(String name, Process process, Path log, Predicate<String> watch) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.hook = new Thread(this::kill, "kill-" + name);
		Runtime.getRuntime().addShutdownHook(this.hook);
		Thread pump = new Thread(() -> pump(watch), "log-" + name);
		pump.setDaemon(true);
		pump.start();
	}

	/**
	 * Starts {@code mainClass} with {@code jvmArgs} and {@code args}, logging to
	 * {@code log}; {@code watch} marks the line to wait for.
	 */
	public static JavaProcess start(String name, Path log, List<String> jvmArgs, String mainClass, List<String> args,
			Predicate<String> watch) {
		var command = new ArrayList<String>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("--add-opens=java.base/java.nio=ALL-UNNAMED");
		command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
		command.addAll(jvmArgs);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(mainClass);
		command.addAll(args);
		try {
			Files.createDirectories(log.toAbsolutePath().getParent());
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			return new JavaProcess(name, process, log, watch);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start " + name, ex);
		}
	}

	/**
	 * Waits for the watched line; fails when the process ends first or the time runs out
	 * (its log says why).
	 */
	public String awaitLine(Duration timeout) {
		try {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (!this.seen.await(200, TimeUnit.MILLISECONDS)) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException(this.name + " ended with " + this.process.exitValue()
							+ " before it was ready; see " + this.log);
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException(this.name + " not ready within " + timeout + "; see " + this.log);
				}
			}
			return this.seenLine;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The exit code once the process has ended within {@code timeout}; empty while it
	 * runs on.
	 */
	public OptionalInt awaitExit(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
					? OptionalInt.of(this.process.exitValue()) : OptionalInt.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	public Path log() {
		return this.log;
	}

	/** kill -9: no shutdown hook of the child runs. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A normal stop (SIGTERM: the child's shutdown hooks run), then kill -9 if it takes
	 * longer than a while.
	 */
	public void stop() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				kill();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			kill();
		}
	}

	@Override
	public void close() {
		stop();
		try {
			Runtime.getRuntime().removeShutdownHook(this.hook);
		}
		catch (IllegalStateException ex) {
			// already shutting down: the hook runs anyway
		}
	}

	private void pump(Predicate<String> watch) {
		try (var in = new BufferedReader(new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
				var out = Files.newBufferedWriter(this.log, StandardCharsets.UTF_8)) {
			String line;
			while ((line = in.readLine()) != null) {
				out.write(line);
				out.newLine();
				out.flush();
				if (this.seen.getCount() > 0 && watch.test(line)) {
					this.seenLine = line;
					this.seen.countDown();
				}
			}
		}
		catch (IOException ex) {
			// the process ended
		}
	}

	/** A port nobody listens on now, on loopback. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress("127.0.0.1", 0));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
