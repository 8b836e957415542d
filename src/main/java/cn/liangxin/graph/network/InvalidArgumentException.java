package cn.liangxin.graph.network;

/**
 * A request argument that cannot be answered: the message names the argument and its
 * value.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, Object value, String problem) {
		super(argument + ": " + quote(value) + " " + problem);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

	/**
	 * The value as the message quotes it: at most 100 characters, so an error never
	 * echoes a huge argument.
	 */
	static String quote(Object value) {
		String text = String.valueOf(value);
		if (text.length() > 100) {
			text = text.substring(0, 100) + "…";
		}
		return value instanceof String ? "\"" + text + "\"" : text;
	}

}
