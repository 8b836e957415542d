package cn.liangxin.graph.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile uploads of issue 17, each with the answer it must get (status and the limit
 * named in the message): for the tests that send them all at once, beside a legitimate
 * import ({@code ledger.HostileUploadsDuringImportIT}, the reliability suite). Messages
 * are asked for in English, so the limit is named by its setting.
 */
public final class HostileUploads {

	/** One answer: the status and the body. */
	public record Answer(int status, String body) {
	}

	/** One hostile upload: what it is, the status and a fragment naming its limit. */
	public record Hostile(String name, int status, String limit, Sender sender) {

		public Answer send(int port) throws Exception {
			return this.sender.send(port);
		}

		/** Whether {@code answer} is the refusal this upload must get. */
		public boolean refusedAsItMustBe(Answer answer) {
			return answer.status() == this.status && answer.body().contains(this.limit);
		}

	}

	/** Sends one upload to the service on {@code port}, as the first ADMIN. */
	@FunctionalInterface
	public interface Sender {

		Answer send(int port) throws Exception;

	}

	static final String ORG_HEADER = "id,name,kind,industry_code,employees,above_scale,area_code,park_id,building_id,lat,lon,crs,status,verified_on\n";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

	private HostileUploads() {
	}

	/**
	 * Every kind: a terabyte announced (zip body and multipart), a zip bomb, 100,000 tiny
	 * entries, a header of 5 million columns, a 50 MB cell and 3,000 bad rows.
	 */
	public static List<Hostile> all() {
		byte[] bomb = zipOfZeros("bundle/organizations.csv", 128L << 20);
		byte[] entries = tinyEntries(100_000);
		byte[] columns = ("id" + ",x".repeat(5_000_000) + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] cell = (ORG_HEADER + "91310011000001X4," + "名".repeat(50_000_000 / 3)
				+ ",ENTERPRISE,I6421,13,false,310121003003,,,31.203690,121.515788,WGS84,ACTIVE,2026-07-12\n")
			.getBytes(StandardCharsets.UTF_8);
		var rows = new StringBuilder(ORG_HEADER);
		for (int i = 0; i < 3000; i++) {
			rows.append("BAD-")
				.append(i)
				.append(",名称,")
				.append("X".repeat(300))
				.append(",O8051,60,false,310121003003,,,31.2,121.5,WGS84,ACTIVE,2026-09-10\n");
		}
		byte[] badRows = Bundles.zip(Map.of("organizations.csv", rows.toString().getBytes(StandardCharsets.UTF_8)));
		return List.of(
				new Hostile("1 TB announced (zip body)", 413, "liangxin.import.max-bytes",
						port -> announceATerabyte(port, "application/zip")),
				new Hostile("1 TB announced (multipart)", 413, "liangxin.import.max-bytes",
						port -> announceATerabyte(port, "multipart/form-data; boundary=x")),
				new Hostile("zip bomb, 128 MiB of zeros in " + bomb.length / 1024 + " KiB", 413,
						"liangxin.import.max-compression-ratio", port -> postZip(port, bomb)),
				new Hostile("100,000 empty entries (" + entries.length / 1024 + " KiB)", 413,
						"liangxin.import.max-entries", port -> postZip(port, entries)),
				new Hostile("header of 5,000,000 columns (" + columns.length / 1_000_000 + " MB)", 422,
						"liangxin.import.max-columns", port -> postPart(port, "organizations.csv", columns)),
				new Hostile("a 50 MB cell", 422, "liangxin.import.max-cell-chars",
						port -> postPart(port, "organizations.csv", cell)),
				new Hostile("3,000 bad rows", 422, "liangxin.import.max-errors", port -> postZip(port, badRows)));
	}

	/** A legitimate import: {@code zip} posted as the first ADMIN. */
	public static Answer postZip(int port, byte[] zip) throws Exception {
		HttpResponse<String> response = HTTP.send(Api.request(port, "/api/ledger")
			.header("Content-Type", "application/zip")
			.header("Accept-Language", "en")
			.timeout(Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body());
	}

	static Answer postPart(int port, String file, byte[] content) throws Exception {
		String boundary = UUID.randomUUID().toString();
		var body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HTTP.send(Api.request(port, "/api/ledger")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", "en")
			.timeout(Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Answer(response.statusCode(), response.body());
	}

	// A terabyte announced, not one byte of it sent: the answer comes anyway. Over a
	// socket: the
	// JDK's client computes Content-Length itself.
	static Answer announceATerabyte(int port, String contentType) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(120_000);
			OutputStream out = socket.getOutputStream();
			out.write(
					("POST /api/ledger HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
							+ Base64.getEncoder()
								.encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD)
									.getBytes(StandardCharsets.UTF_8))
							+ "\r\nAccept-Language: en\r\nContent-Type: " + contentType
							+ "\r\nContent-Length: 1000000000000\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8));
			out.flush();
			String response = readResponse(socket.getInputStream());
			Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(response);
			int end = response.indexOf("\r\n\r\n");
			return new Answer(status.find() ? Integer.parseInt(status.group(1)) : -1,
					(end < 0) ? response : response.substring(end + 4));
		}
	}

	/** A zip of one entry of {@code bytes} zeros, inflating a thousandfold. */
	public static byte[] zipOfZeros(String name, long bytes) {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(name));
			byte[] zeros = new byte[1 << 20];
			Arrays.fill(zeros, (byte) '0');
			for (long written = 0; written < bytes; written += zeros.length) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] tinyEntries(int count) {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (int i = 0; i < count; i++) {
				zip.putNextEntry(new ZipEntry("e" + i));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	// The status line, headers and a body of known length (or up to the close).
	private static String readResponse(InputStream in) throws IOException {
		var out = new ByteArrayOutputStream();
		int contentLength = -1;
		int headerEnd = -1;
		byte[] buffer = new byte[8192];
		while (true) {
			int n = in.read(buffer);
			if (n < 0) {
				break;
			}
			out.write(buffer, 0, n);
			String text = out.toString(StandardCharsets.UTF_8);
			if (headerEnd < 0 && text.contains("\r\n\r\n")) {
				headerEnd = text.indexOf("\r\n\r\n") + 4;
				Matcher m = Pattern.compile("(?i)content-length: *(\\d+)").matcher(text.substring(0, headerEnd));
				contentLength = m.find() ? Integer.parseInt(m.group(1)) : -1;
			}
			if (headerEnd >= 0 && contentLength >= 0 && out.size() >= headerEnd + contentLength) {
				break;
			}
			if (headerEnd >= 0 && text.endsWith("0\r\n\r\n")) {
				break; // chunked: the last chunk
			}
		}
		return out.toString(StandardCharsets.UTF_8);
	}

}
