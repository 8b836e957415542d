package cn.liangxin.graph.access;

/**
 * A user change the caller asked for that cannot be made (GraphQL BAD_REQUEST): names the
 * field and value.
 */
public class InvalidAccountException extends RuntimeException {

	public InvalidAccountException(String field, String value, String problem) {
		super(field + ": \"" + ForbiddenException.shorten(value) + "\" " + problem);
	}

}
