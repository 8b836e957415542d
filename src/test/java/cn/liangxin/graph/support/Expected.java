package cn.liangxin.graph.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The example district's independently computed answers (src/test/resources/scenarios),
 * read once for every test that checks the service against them.
 */
public final class Expected {

	/**
	 * example-district.expected.json: coverage, gaps and joint branches of the base
	 * ledger.
	 */
	public static final JsonNode DISTRICT = read("/scenarios/example-district.expected.json");

	/**
	 * example-district-wuqing.expected.json: the 五清 columns' gaps, profiles and
	 * breakdowns.
	 */
	public static final JsonNode WUQING = read("/scenarios/example-district-wuqing.expected.json");

	private Expected() {
	}

	private static JsonNode read(String resource) {
		try (InputStream in = Expected.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + resource);
			}
			return new ObjectMapper().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
