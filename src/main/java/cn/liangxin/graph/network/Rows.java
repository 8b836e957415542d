package cn.liangxin.graph.network;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import cn.liangxin.graph.network.Views.LatLon;

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

	/** A location from {@code lat} and {@code lon} entries of a map value. */
	public static @Nullable LatLon location(Value map) {
		Value lat = map.get("lat");
		Value lon = map.get("lon");
		return (lat.isNull() || lon.isNull()) ? null : new LatLon(lat.asDouble(), lon.asDouble());
	}

	public static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}
}
