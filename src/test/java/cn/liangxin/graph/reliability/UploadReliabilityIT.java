package cn.liangxin.graph.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import cn.liangxin.graph.support.Bundles;
import cn.liangxin.graph.support.HostileUploads;
import cn.liangxin.graph.support.HostileUploads.Answer;
import cn.liangxin.graph.support.HostileUploads.Hostile;
import cn.liangxin.graph.support.ReliabilityReport;
import cn.liangxin.graph.support.ServiceProcess;
import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One service JVM (-Xmx768m, -XX:+ExitOnOutOfMemoryError, embedded store) holding the
 * example district: every hostile upload of issue 17, four of each at once, beside a
 * legitimate import, with the service's heap measured before, during and after (jcmd);
 * then {@value #DEFAULT_SLOW_CLIENTS} slow clients trickling upload bodies for
 * {@value #DEFAULT_SLOW_SECONDS} s (each reconnecting when cut) while health and a lookup
 * are timed. Times are reported, never asserted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class UploadReliabilityIT {

	static final int DEFAULT_SLOW_CLIENTS = 300;

	static final int DEFAULT_SLOW_SECONDS = 30;

	static final int SLOW_CLIENTS = Integer.getInteger("reliability.slowClients", DEFAULT_SLOW_CLIENTS);

	static final int SLOW_SECONDS = Integer.getInteger("reliability.slowSeconds", DEFAULT_SLOW_SECONDS);

	static final int COPIES = 4;

	static final Map<String, byte[]> EXAMPLE = TestStore.bundle("ledger/example-district");

	static final String LOOKUP = "{ organization(id: \"91310011000000X5\") { name } }";

	static final ObjectMapper JSON = new ObjectMapper();

	static final List<String> report = new CopyOnWriteArrayList<>();

	static ServiceProcess service;

	@BeforeAll
	static void start() throws Exception {
		long started = System.nanoTime();
		service = ServiceProcess.start("upload-service",
				Path.of("target", "reliability", "upload-" + UUID.randomUUID()), List.of("liangxin.demo=false"),
				"Started Application in");
		service.awaitStarted();
		Answer example = HostileUploads.postZip(service.port(), Bundles.zip(EXAMPLE));
		assertThat(example.status()).as(example.body()).isEqualTo(200);
		report.add("- service JVM (-Xmx768m, -XX:+ExitOnOutOfMemoryError, embedded store, page cache 128m) up and "
				+ "holding the example district (300 organizations) in " + (System.nanoTime() - started) / 1_000_000
				+ " ms");
		report.add("- open files: " + openFiles("self") + " for the test JVM, "
				+ openFiles(String.valueOf(service.process().pid()))
				+ " for the service (soft limit, `/proc/PID/limits`)");
	}

	@AfterAll
	static void stop() {
		if (service != null) {
			service.close();
		}
		ReliabilityReport.write("upload", "Hostile uploads beside an import, and slow clients", report);
	}

	@Test
	@Order(1)
	void hostileUploadsBesideALegitimateImportAreRefusedWithTheHeapFlat() throws Exception {
		List<Hostile> hostiles = HostileUploads.all();
		long pid = service.process().pid();
		// a first round, not measured: classes loaded, buffers and caches made
		for (Hostile hostile : hostiles) {
			assertThat(hostile.refusedAsItMustBe(hostile.send(service.port()))).as(hostile.name()).isTrue();
		}
		long heapBefore = heapMiB(pid, true);
		long rssBefore = ReliabilityReport.rssMiB(pid);
		AtomicBoolean storm = new AtomicBoolean(true);
		AtomicLong heapPeak = new AtomicLong();
		AtomicLong rssPeak = new AtomicLong();
		Thread sampler = new Thread(() -> {
			while (storm.get()) {
				heapPeak.accumulateAndGet(heapMiB(pid, false), Math::max);
				rssPeak.accumulateAndGet(ReliabilityReport.rssMiB(pid), Math::max);
			}
		});
		List<Long> healthMillis = new CopyOnWriteArrayList<>();
		List<String> healthAnswers = new CopyOnWriteArrayList<>();
		Thread health = poll(storm, healthMillis, healthAnswers);
		sampler.start();
		health.start();
		byte[] legitimate = Bundles.zip(Bundles.renamed(EXAMPLE, "（风暴）"));
		ExecutorService pool = Executors.newFixedThreadPool(hostiles.size() * COPIES + 1);
		Map<String, List<Long>> millis = new ConcurrentHashMap<>();
		Map<String, Answer> answers = new ConcurrentHashMap<>();
		long importMillis;
		Answer imported;
		try {
			long t0 = System.nanoTime();
			Future<Answer> legit = pool.submit(() -> HostileUploads.postZip(service.port(), legitimate));
			List<Future<?>> runs = new ArrayList<>();
			for (Hostile hostile : hostiles) {
				for (int i = 0; i < COPIES; i++) {
					runs.add(pool.submit(() -> {
						long t = System.nanoTime();
						Answer answer = hostile.send(service.port());
						millis.computeIfAbsent(hostile.name(), k -> new CopyOnWriteArrayList<>())
							.add((System.nanoTime() - t) / 1_000_000);
						assertThat(hostile.refusedAsItMustBe(answer)).as(hostile.name() + ": " + answer.body())
							.isTrue();
						answers.put(hostile.name(), answer);
						return null;
					}));
				}
			}
			imported = legit.get(10, TimeUnit.MINUTES);
			importMillis = (System.nanoTime() - t0) / 1_000_000;
			for (Future<?> run : runs) {
				run.get(10, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
			storm.set(false);
			sampler.join(60_000);
			health.join(60_000);
		}
		long heapAfter = heapMiB(pid, true);
		long rssAfter = ReliabilityReport.rssMiB(pid);

		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(JSON.readTree(imported.body()).at("/files/organizations.csv").asInt()).isEqualTo(300);
		JsonNode renamed = service.graphql("{ organization(id: \"91310011000000X5\") { name } }");
		assertThat(renamed.at("/data/organization/name").asString()).endsWith("（风暴）");
		assertThat(service.process().isAlive()).as("the service survived (it exits on OutOfMemoryError)").isTrue();
		assertThat(healthAnswers).isNotEmpty().allMatch(a -> a.startsWith("200 ") && a.contains("\"UP\""));
		// What the storm left behind once collected: one bundle kept past its answer (the
		// 50 MB cell's body alone) would pass this; what a parse allocates is garbage
		// once it is answered.
		assertThat(heapAfter - heapBefore).as("heap after GC grew (MiB)").isLessThan(48);

		report.add("");
		report.add("Every hostile upload " + COPIES + " times at once (" + hostiles.size() * COPIES
				+ " requests) beside one legitimate import of the example district (its 300 organizations renamed), "
				+ "messages asked in English:");
		report.add("");
		report.add("| hostile upload (" + COPIES + " at once) | status | limit named | slowest of " + COPIES
				+ ", ms | answer bytes |");
		report.add("|---|---:|---|---:|---:|");
		for (Hostile hostile : hostiles) {
			report.add("| " + hostile.name() + " | " + hostile.status() + " | `" + hostile.limit() + "` | "
					+ Collections.max(millis.get(hostile.name())) + " | " + answers.get(hostile.name()).body().length()
					+ " |");
		}
		report.add("");
		report.add("- the legitimate import: " + imported.status() + " in " + importMillis
				+ " ms, 2,360 rows, all stored (the renamed organizations read back)");
		report.add("- health meanwhile: " + healthMillis.size() + " answers, all `UP`, median "
				+ percentile(healthMillis, 50) + " ms, max " + Collections.max(healthMillis) + " ms");
		report.add("- the service's heap used (jcmd `GC.heap_info`): " + heapBefore + " MiB after a full GC before, "
				+ heapPeak.get() + " MiB at the highest sample during (garbage included; -Xmx768m), " + heapAfter
				+ " MiB after a full GC after; RSS " + rssBefore + " → " + rssPeak.get() + " (peak) → " + rssAfter
				+ " MiB");
	}

	@Test
	@Order(2)
	void slowClientsLeaveHealthAndALookupAnswering() throws Exception {
		AtomicInteger opened = new AtomicInteger();
		AtomicInteger cut408 = new AtomicInteger();
		AtomicInteger closed = new AtomicInteger();
		AtomicInteger busy = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SLOW_SECONDS);
		ExecutorService pool = Executors.newFixedThreadPool(SLOW_CLIENTS);
		List<Long> healthMillis = new CopyOnWriteArrayList<>();
		List<String> healthAnswers = new CopyOnWriteArrayList<>();
		List<Long> lookupMillis = new CopyOnWriteArrayList<>();
		List<String> lookupNames = new CopyOnWriteArrayList<>();
		try {
			for (int i = 0; i < SLOW_CLIENTS; i++) {
				pool.submit(() -> {
					while (System.nanoTime() < end) {
						opened.incrementAndGet();
						String outcome = trickle(end);
						if (outcome.startsWith("HTTP/1.1 408")) {
							cut408.incrementAndGet();
						}
						else if (outcome.startsWith("HTTP/1.1 503")) {
							busy.incrementAndGet();
						}
						else if (outcome.equals("closed")) {
							closed.incrementAndGet();
						}
						else if (outcome.equals("refused")) {
							refused.incrementAndGet();
						}
					}
					return null;
				});
			}
			// every client connected and trickling before the first measure
			Thread.sleep(2_000);
			while (System.nanoTime() < end) {
				long t = System.nanoTime();
				var answer = service.get("/actuator/health", null, null);
				healthMillis.add((System.nanoTime() - t) / 1_000_000);
				healthAnswers.add(answer.statusCode() + " " + answer.body());
				t = System.nanoTime();
				JsonNode lookup = JSON.readTree(service.post(LOOKUP, Duration.ofSeconds(60)).body());
				lookupMillis.add((System.nanoTime() - t) / 1_000_000);
				lookupNames.add(lookup.at("/data/organization/name").asString("?"));
				Thread.sleep(250);
			}
		}
		finally {
			pool.shutdown();
			pool.awaitTermination(2, TimeUnit.MINUTES);
			pool.shutdownNow();
		}
		assertThat(healthAnswers).isNotEmpty().allMatch(a -> a.startsWith("200 ") && a.contains("\"UP\""));
		assertThat(lookupNames).isNotEmpty().allMatch(name -> name.startsWith("上海华东家政服务有限公司"));
		assertThat(opened.get()).isGreaterThanOrEqualTo(SLOW_CLIENTS);
		assertThat(service.process().isAlive()).isTrue();
		report.add("");
		report.add(SLOW_CLIENTS + " slow clients for " + SLOW_SECONDS + " s, each announcing a 10 MB upload and "
				+ "sending 20 bytes every 250 ms (80 bytes/s), reconnecting when cut: " + opened.get()
				+ " connections opened, " + cut408.get() + " cut with 408, " + busy.get()
				+ " refused at once with 503 (`liangxin.http.max-bodies`), " + closed.get()
				+ " closed under the client, " + refused.get() + " not connected. Meanwhile, one after the other "
				+ "(every 250 ms):");
		report.add("");
		report.add("| probe | answers | all right | median ms | max ms |");
		report.add("|---|---:|---|---:|---:|");
		report.add("| `/actuator/health` | " + healthMillis.size() + " | `UP` | " + percentile(healthMillis, 50) + " | "
				+ Collections.max(healthMillis) + " |");
		report.add("| lookup `organization(id)` (GraphQL) | " + lookupMillis.size() + " | the name | "
				+ percentile(lookupMillis, 50) + " | " + Collections.max(lookupMillis) + " |");
	}

	// Announces a 10 MB body and sends 20 bytes every 250 ms until the server ends it or
	// the run ends.
	private static String trickle(long end) {
		try (Socket socket = new Socket("localhost", service.port())) {
			socket.setSoTimeout(100);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			out.write(
					("POST /api/ledger HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
							+ Base64.getEncoder()
								.encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD)
									.getBytes(StandardCharsets.UTF_8))
							+ "\r\nContent-Type: application/zip\r\nContent-Length: 10000000\r\n\r\nPK\u0003\u0004")
						.getBytes(StandardCharsets.ISO_8859_1));
			var answer = new StringBuilder();
			byte[] buffer = new byte[4096];
			while (System.nanoTime() < end) {
				try {
					out.write(new byte[20]);
					out.flush();
				}
				catch (IOException ex) {
					return answer.isEmpty() ? "closed" : answer.toString();
				}
				try {
					int n = in.read(buffer);
					if (n < 0) {
						return answer.isEmpty() ? "closed" : answer.toString();
					}
					answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
					if (answer.indexOf("\r\n\r\n") >= 0 && answer.toString().contains("}]}")) {
						return answer.toString();
					}
				}
				catch (SocketTimeoutException ex) {
					// nothing yet: keep trickling
				}
				Thread.sleep(150);
			}
			return "run over";
		}
		catch (IOException ex) {
			return "refused";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	private static Thread poll(AtomicBoolean running, List<Long> millis, List<String> answers) {
		return new Thread(() -> {
			while (running.get()) {
				long t = System.nanoTime();
				try {
					var answer = service.get("/actuator/health", null, null);
					answers.add(answer.statusCode() + " " + answer.body());
				}
				catch (Exception ex) {
					answers.add("failed: " + ex);
				}
				millis.add((System.nanoTime() - t) / 1_000_000);
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});
	}

	// The heap used by the service JVM in MiB (after a full GC when asked), from jcmd.
	private static long heapMiB(long pid, boolean collectFirst) {
		try {
			if (collectFirst) {
				jcmd(pid, "GC.run");
			}
			Matcher used = Pattern.compile("used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
			return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static String jcmd(long pid, String command) throws IOException, InterruptedException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process process = new ProcessBuilder(Files.isExecutable(java) ? java.toString() : "jcmd", String.valueOf(pid),
				command)
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(60, TimeUnit.SECONDS);
		return output;
	}

	private static String openFiles(String pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", pid, "limits"))) {
				if (line.startsWith("Max open files")) {
					return line.trim().split("\\s{2,}")[1];
				}
			}
		}
		catch (IOException ex) {
			// not Linux
		}
		return "?";
	}

	private static long percentile(List<Long> values, int p) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

}
