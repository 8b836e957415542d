package cn.liangxin.graph.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Neo4j server's version as {@code dbms.components()} names it ({@code 5.26.30},
 * {@code 2025.01.0}, {@code 4.4.41-aura}) and whether the service supports it: 5.26 or
 * newer (the calendar versions 2025.x and later are newer than 5.26).
 */
public record ServerVersion(String text, int major, int minor) {

	/** The oldest server the service's Cypher and schema are written for. */
	public static final ServerVersion MINIMUM = new ServerVersion("5.26", 5, 26);

	private static final Pattern NUMBERS = Pattern.compile("(\\d+)\\.(\\d+)");

	/**
	 * Parses the leading {@code major.minor}; an unreadable text counts as 0.0
	 * (unsupported).
	 */
	public static ServerVersion parse(String text) {
		Matcher m = NUMBERS.matcher(text == null ? "" : text);
		if (!m.lookingAt()) {
			return new ServerVersion(String.valueOf(text), 0, 0);
		}
		return new ServerVersion(text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
	}

	public boolean supported() {
		return this.major > MINIMUM.major || (this.major == MINIMUM.major && this.minor >= MINIMUM.minor);
	}
}
