package cn.liangxin.graph.reports;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.liangxin.graph.network.Scope;

/**
 * The one point every download (coverage, gaps, joint branches, the ledger export) passes
 * before its bytes are written: where auditing of exports hooks in. For now it only logs.
 */
@Component
public class ExportAudit {

	private static final Logger log = LoggerFactory.getLogger(ExportAudit.class);

	/**
	 * Called once per download, after the scope was checked and the report built.
	 * @param report {@code coverage}, {@code gaps}, {@code joint-branches} or {@code ledger}
	 * @param format {@code xlsx}, {@code csv} or {@code zip}
	 * @param parameters the query parameters as given
	 */
	public void exported(String report, String format, Scope scope, Map<String, String> parameters) {
		log.info("export {}.{} scope={} parameters={}", report, format, scope, parameters);
	}
}
