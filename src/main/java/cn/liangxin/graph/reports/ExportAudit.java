package cn.liangxin.graph.reports;

import java.util.Map;

import org.springframework.stereotype.Component;

import cn.liangxin.graph.access.AuditAction;
import cn.liangxin.graph.access.AuditLog;

import cn.liangxin.graph.network.Scope;

/**
 * The one point every download (coverage, gaps, joint branches, the ledger export) passes
 * before its bytes are written, recorded in the audit trail (action EXPORT) with the
 * caller, the scope and the parameters.
 */
@Component
public class ExportAudit {

	private final AuditLog audit;

	ExportAudit(AuditLog audit) {
		this.audit = audit;
	}

	/**
	 * Called once per download, after the scope was checked and the report built.
	 * @param report {@code coverage}, {@code gaps}, {@code joint-branches} or
	 * {@code ledger}
	 * @param format {@code xlsx}, {@code csv} or {@code zip}
	 * @param parameters the query parameters as given
	 */
	public void exported(String report, String format, Scope scope, Map<String, String> parameters) {
		this.audit.record(AuditAction.EXPORT, scope.toString(), AuditLog.OK, report + "." + format + " " + parameters);
	}

}
