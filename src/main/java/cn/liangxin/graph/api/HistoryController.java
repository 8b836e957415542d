package cn.liangxin.graph.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import cn.liangxin.graph.coverage.CoverageAnalytics;
import cn.liangxin.graph.ledger.LedgerImporter;
import cn.liangxin.graph.ledger.Period;

/**
 * The quarterly history (动态管理, docs/domain.md "History"): the periods, coverage over
 * them, and undoing the latest import.
 */
@Controller
class HistoryController {

	private final LedgerImporter importer;

	private final CoverageAnalytics coverage;

	HistoryController(LedgerImporter importer, CoverageAnalytics coverage) {
		this.importer = importer;
		this.coverage = coverage;
	}

	@QueryMapping
	List<Period> ledgerPeriods() {
		return this.importer.periods();
	}

	@QueryMapping
	List<CoveragePoint> coverageTrend(@Argument @Nullable ScopeInput scope, @Argument @Nullable String from,
			@Argument @Nullable String to) {
		LocalDate first = CoverageController.historyDate(from);
		LocalDate last = CoverageController.historyDate(to);
		return this.importer.periods()
			.stream()
			.map(Period::asOf)
			.filter(d -> (first == null || !d.isBefore(first)) && (last == null || !d.isAfter(last)))
			.map(d -> new CoveragePoint(d.toString(),
					CoverageController.CoveragePayload.of(this.coverage.coverage(ScopeInput.toScope(scope), d))))
			.toList();
	}

	@MutationMapping
	@PreAuthorize("hasAnyRole('IMPORTER', 'ADMIN')")
	Period.Import revertImport(@Argument String id) {
		return this.importer.revert(id);
	}

	@SchemaMapping(typeName = "LedgerPeriod", field = "asOf")
	String periodAsOf(Period period) {
		return period.asOf().toString();
	}

	@SchemaMapping(typeName = "LedgerImport", field = "asOf")
	String importAsOf(Period.Import i) {
		return i.asOf().toString();
	}

	@SchemaMapping(typeName = "LedgerImport", field = "at")
	String importAt(Period.Import i) {
		return i.at().toString();
	}

	@SchemaMapping(typeName = "LedgerImport", field = "files")
	List<FileRows> importFiles(Period.Import i) {
		return i.files().entrySet().stream().map(e -> new FileRows(e.getKey(), e.getValue())).toList();
	}

	record CoveragePoint(String asOf, CoverageController.CoveragePayload coverage) {
	}

	record FileRows(String file, int rows) {
	}

}
