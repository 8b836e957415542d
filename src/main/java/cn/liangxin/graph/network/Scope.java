package cn.liangxin.graph.network;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an analytic looks at: an area (the area and every area below it), a park
 * (organizations in the park directly or through one of its buildings), or everything.
 *
 * @param areaCode the area's code, or null
 * @param parkId the park's id, or null
 */
public record Scope(@Nullable String areaCode, @Nullable String parkId) {

	public static final Scope EVERYTHING = new Scope(null, null);

	public Scope {
		if (areaCode != null && parkId != null) {
			throw new InvalidArgumentException("scope", "{areaCode: \"" + areaCode + "\", parkId: \"" + parkId + "\"}",
					"names both an area and a park; give one of them");
		}
		if (areaCode != null && areaCode.isBlank()) {
			throw new InvalidArgumentException("scope.areaCode", areaCode, "is blank");
		}
		if (parkId != null && parkId.isBlank()) {
			throw new InvalidArgumentException("scope.parkId", parkId, "is blank");
		}
	}

	public static Scope of(@Nullable String areaCode, @Nullable String parkId) {
		return (areaCode == null && parkId == null) ? EVERYTHING : new Scope(areaCode, parkId);
	}

	public boolean isEverything() {
		return this.areaCode == null && this.parkId == null;
	}

	/** {@code $areaCode} and {@code $parkId}, as every scoped statement takes them. */
	public Map<String, Object> parameters() {
		var parameters = new HashMap<String, Object>();
		parameters.put("areaCode", this.areaCode);
		parameters.put("parkId", this.parkId);
		return parameters;
	}

	@Override
	public String toString() {
		return this.areaCode != null ? "area " + this.areaCode
				: this.parkId != null ? "park " + this.parkId : "everything";
	}
}
