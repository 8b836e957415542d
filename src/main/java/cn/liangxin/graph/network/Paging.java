package cn.liangxin.graph.network;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Relay paging, one rule for every connection: the page size a request may ask for, and
 * the opaque cursors — the base64 of a kind and the keys of the last item seen (keyset
 * paging).
 */
public final class Paging {

	/** The largest page a request may ask for. */
	public static final int MAX_PAGE = 1000;

	private Paging() {
	}

	/**
	 * How many rows to fetch for a page of {@code first}: one more, to know whether a
	 * next page exists.
	 */
	public static int limit(int first) {
		if (first < 0) {
			throw new InvalidArgumentException("first", first, "is negative; ask for 0 to " + MAX_PAGE + " items");
		}
		if (first > MAX_PAGE) {
			throw new InvalidArgumentException("first", first,
					"is more than the " + MAX_PAGE + " items a page may hold");
		}
		return first + 1;
	}

	/**
	 * The cursor of an item: its kind of cursor and its keys (the last key may hold any
	 * text).
	 */
	public static String cursor(String kind, Object... keys) {
		StringBuilder text = new StringBuilder(kind);
		for (Object key : keys) {
			text.append(':').append(key);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The keys of a cursor this API issued for {@code kind}, {@code null} without a
	 * cursor.
	 * @throws InvalidArgumentException naming {@code after} for anything else
	 */
	public static String @Nullable [] keys(@Nullable String cursor, String kind, int keys) {
		if (cursor == null) {
			return null;
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":",
					keys + 1);
			if (parts.length == keys + 1 && parts[0].equals(kind) && !parts[keys].isEmpty()) {
				String[] result = new String[keys];
				System.arraycopy(parts, 1, result, 0, keys);
				return result;
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: reported below
		}
		throw new InvalidArgumentException("after", cursor,
				"is not a cursor this API issued (use a pageInfo.endCursor)");
	}

}
