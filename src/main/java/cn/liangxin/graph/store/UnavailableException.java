package cn.liangxin.graph.store;

/**
 * A feature needs a capability the Neo4j server lacks (a plugin such as GDS); the API
 * answers it as UNAVAILABLE naming the feature and the missing plugin.
 */
public class UnavailableException extends RuntimeException {

	private final String feature;

	private final String missing;

	public UnavailableException(String feature, String missing) {
		super(feature + ": 不可用，Neo4j 服务器未安装 " + missing + " (unavailable: the Neo4j server has no " + missing
				+ " installed)");
		this.feature = feature;
		this.missing = missing;
	}

	public String feature() {
		return this.feature;
	}

	public String missing() {
		return this.missing;
	}

}
