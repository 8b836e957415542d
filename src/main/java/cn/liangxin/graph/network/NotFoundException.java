package cn.liangxin.graph.network;

/** An id or code that names nothing in the store. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String argument, Object value, String what) {
		super(argument + ": no " + what + " " + InvalidArgumentException.quote(value));
	}

}
