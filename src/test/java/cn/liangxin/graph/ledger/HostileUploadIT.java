package cn.liangxin.graph.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.liangxin.graph.support.Api;
import cn.liangxin.graph.support.GraphIntegrationTest;
import cn.liangxin.graph.support.TestStore;
import cn.liangxin.graph.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile uploads of issue 17 over real HTTP: each is refused with 413 or 422 naming
 * the file, the line, the column and the limit, the store is left exactly as it was, and
 * health answers after.
 */
@GraphIntegrationTest
class HostileUploadIT {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String ORG_HEADER = "id,name,kind,industry_code,employees,above_scale,area_code,park_id,building_id,lat,lon,crs,status,verified_on\n";

	@Autowired
	TestStore store;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	java.util.Map<String, Long> before;

	@BeforeEach
	void example() {
		this.store.exampleDistrict();
		this.before = this.store.fingerprint();
	}

	@AfterEach
	void storeUnchangedAndHealthy() throws Exception {
		assertThat(this.store.fingerprint()).isEqualTo(this.before);
		var health = this.http.send(Api.anonymous(this.port, "/actuator/health").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
	}

	@Test
	void aBodyWhoseContentLengthPassesTheLimitIsRefusedBeforeItIsSent() throws Exception {
		announceATerabyte("application/zip");
	}

	@Test
	void aMultipartFormWhoseContentLengthPassesTheLimitIsRefusedBeforeItIsSent() throws Exception {
		announceATerabyte("multipart/form-data; boundary=x");
	}

	private void announceATerabyte(String contentType) throws Exception {
		// a terabyte announced, not one byte of it sent: the answer comes anyway
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(
					("POST /api/ledger HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
							+ Base64.getEncoder()
								.encodeToString((TestUsers.ADMIN + ":" + TestUsers.ADMIN_PASSWORD)
									.getBytes(StandardCharsets.UTF_8))
							+ "\r\nContent-Type: " + contentType + "\r\nContent-Length: 1000000000000\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8));
			out.flush();
			String response = readResponse(socket.getInputStream());
			assertThat(response).startsWith("HTTP/1.1 413");
			assertThat(response).contains("liangxin.import.max-bytes", "640 MB", "\"file\":\"(bundle)\"");
		}
	}

	@Test
	void aZipBombIsRefusedByItsCompressionRatio() throws Exception {
		byte[] bomb = ImportLimitsTests.zipOfZeros("bundle/organizations.csv", 128L << 20);
		var response = postZip(bomb, null);
		assertThat(response.statusCode()).isEqualTo(413);
		JsonNode error = only(response);
		assertThat(error.get("file").asString()).isEqualTo("organizations.csv");
		assertThat(error.get("message").asString()).contains("压缩比超过 100 倍");
	}

	@Test
	void aZipOfThousandsOfTinyEntriesIsRefusedByTheEntryLimit() throws Exception {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (int i = 0; i < 100_000; i++) {
				zip.putNextEntry(new ZipEntry("e" + i));
				zip.closeEntry();
			}
		}
		var response = postZip(out.toByteArray(), "en");
		assertThat(response.statusCode()).isEqualTo(413);
		// one error, not 100,001
		assertThat(only(response).get("message").asString()).contains("more than 1000 files", "max-entries");
	}

	@Test
	void aHeaderOfMillionsOfColumnsIsA422AtItsLine() throws Exception {
		var response = postParts("organizations.csv",
				("id" + ",x".repeat(5_000_000) + "\n").getBytes(StandardCharsets.UTF_8), "en");
		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode error = only(response);
		assertThat(error.get("file").asString()).isEqualTo("organizations.csv");
		assertThat(error.get("line").asInt()).isEqualTo(1);
		assertThat(error.get("columnLetter").asString()).isEqualTo("BM");
		assertThat(error.get("message").asString()).contains("more than 64 cells");
	}

	@Test
	void aFiftyMegabyteCellIsA422WithItsLineAndColumnNotAWriteTimeFailure() throws Exception {
		String orgs = ORG_HEADER
				+ "91310011000000X5,上海华东家政服务有限公司,ENTERPRISE,O8051,60,false,310121003003,P11-3,,31.206898,121.524593,WGS84,ACTIVE,2026-09-10\n"
				+ "91310011000001X4," + "名".repeat(50_000_000 / 3)
				+ ",ENTERPRISE,I6421,13,false,310121003003,,,31.203690,121.515788,WGS84,ACTIVE,2026-07-12\n";
		var response = postParts("organizations.csv", orgs.getBytes(StandardCharsets.UTF_8), null);
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(response.body().length()).isLessThan(1000);
		JsonNode error = only(response);
		assertThat(error.get("file").asString()).isEqualTo("organizations.csv");
		assertThat(error.get("line").asInt()).isEqualTo(3);
		assertThat(error.get("columnLetter").asString()).isEqualTo("B");
		assertThat(error.get("column").asString()).isEqualTo("name");
		assertThat(error.get("message").asString()).contains("超过 4000 个字符");
	}

	@Test
	void aBundleOfThousandsOfBadRowsListsTheFirstThousandErrorsAndCountsTheRest() throws Exception {
		var orgs = new StringBuilder(ORG_HEADER);
		for (int i = 0; i < 3000; i++) {
			orgs.append("BAD-")
				.append(i)
				.append(",名称,")
				.append("X".repeat(300))
				.append(",O8051,60,false,310121003003,,,31.2,121.5,WGS84,ACTIVE,2026-09-10\n");
		}
		var files = new LinkedHashMap<String, byte[]>();
		files.put("organizations.csv", orgs.toString().getBytes(StandardCharsets.UTF_8));
		var response = postZip(LedgerImportIT.zip(files), null);
		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode errors = JSON.readTree(response.body()).get("errors");
		assertThat(errors).hasSize(1001);
		assertThat(errors.get(0).get("line").asInt()).isEqualTo(2);
		// the bad value is quoted to 100 characters
		assertThat(errors.get(0).get("message").asString()).contains("X".repeat(100) + "…")
			.doesNotContain("X".repeat(101));
		assertThat(errors.get(1000).get("message").asString()).startsWith("另有 2000 处错误未列出");
	}

	private HttpResponse<String> postZip(byte[] zip, String language) throws Exception {
		var request = Api.request(this.port, "/api/ledger").header("Content-Type", "application/zip");
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return this.http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postParts(String file, byte[] content, String language) throws Exception {
		String boundary = UUID.randomUUID().toString();
		var body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var request = Api.request(this.port, "/api/ledger")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary);
		if (language != null) {
			request.header("Accept-Language", language);
		}
		return this.http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode only(HttpResponse<String> response) {
		JsonNode errors = JSON.readTree(response.body()).get("errors");
		assertThat(errors).as(response.body()).hasSize(1);
		return errors.get(0);
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
				var m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
					.matcher(text.substring(0, headerEnd));
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
