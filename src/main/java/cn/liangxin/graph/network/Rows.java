package cn.liangxin.graph.network;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/** Null-safe reading of driver values. */
public final class Rows {

	private Rows() {
	}

	public static @Nullable String string(Value value) {
		return value.isNull() ? null : value.asString();
	}

	public static @Nullable Integer integer(Value value) {
		return value.isNull() ? null : value.asInt();
	}

	public static @Nullable Double decimal(Value value) {
		return value.isNull() ? null : value.asDouble();
	}

	public static @Nullable Boolean bool(Value value) {
		return value.isNull() ? null : value.asBoolean();
	}

	public static @Nullable LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

	public static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}

}
