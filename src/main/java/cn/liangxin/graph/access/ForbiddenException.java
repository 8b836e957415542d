package cn.liangxin.graph.access;

/**
 * A request for something outside the caller's area or role (GraphQL error classified
 * FORBIDDEN, HTTP 403). The message names the argument and its value, never what lies
 * there.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String argument, String value) {
		super(argument + ": \"" + shorten(value) + "\" 不在您的管辖区域内 (outside your area)");
	}

	/**
	 * At most 100 characters of a value a caller sent: an error never echoes a huge
	 * argument.
	 */
	static String shorten(String value) {
		return value.length() <= 100 ? value : value.substring(0, 100) + "…";
	}

}
