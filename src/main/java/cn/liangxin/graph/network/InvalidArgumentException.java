package cn.liangxin.graph.network;

/** A request argument that cannot be answered: the message names the argument and its value. */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, Object value, String problem) {
		super(argument + ": " + quote(value) + " " + problem);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

	static String quote(Object value) {
		return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
	}
}
