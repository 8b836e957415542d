package cn.liangxin.graph.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import cn.liangxin.graph.coverage.CoverageAnalytics;
import cn.liangxin.graph.coverage.CoverageChange;
import cn.liangxin.graph.ledger.LedgerImporter;
import cn.liangxin.graph.ledger.Period;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Views.OrganizationView;

/**
 * The quarterly history (动态管理, docs/domain.md "History"): the periods, coverage over
 * them, and undoing the latest import.
 */
@Controller
class HistoryController {

	private final LedgerImporter importer;

	private final CoverageAnalytics coverage;

	private final NetworkReads network;

	HistoryController(LedgerImporter importer, CoverageAnalytics coverage, NetworkReads network) {
		this.importer = importer;
		this.coverage = coverage;
		this.network = network;
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

	@QueryMapping
	Connection<ChangePayload> coverageChanges(@Argument @Nullable ScopeInput scope, @Argument String from,
			@Argument String to, @Argument @Nullable List<CoverageChange.Kind> kinds, @Argument int first,
			@Argument @Nullable String after) {
		LocalDate start = CoverageController.date(from);
		LocalDate end = CoverageController.date(to);
		var page = this.coverage.changes(ScopeInput.toScope(scope), start, end,
				kinds == null ? Set.of() : Set.copyOf(kinds), first, after);
		return Connection.of(page.map(c -> new ChangePayload(c, c.atFrom() ? start : end)), after != null);
	}

	/**
	 * Each change's organization as it stood at the date it is shown at: one lookup per
	 * date.
	 */
	@BatchMapping(typeName = "CoverageChange", field = "organization")
	Map<ChangePayload, OrganizationView> changedOrganization(List<ChangePayload> changes) {
		Map<ChangePayload, OrganizationView> result = new HashMap<>();
		changes.stream().collect(Collectors.groupingBy(ChangePayload::shownAt)).forEach((date, group) -> {
			var found = this.network.organizations(group.stream().map(c -> c.change().organizationId()).toList(), date);
			group.forEach(c -> {
				OrganizationView view = found.get(c.change().organizationId());
				if (view != null) {
					result.put(c, view);
				}
			});
		});
		return result;
	}

	@SchemaMapping(typeName = "CoverageChange", field = "kind")
	CoverageChange.Kind changeKind(ChangePayload change) {
		return change.change().kind();
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

	/** A change with the date its organization is shown at. */
	record ChangePayload(CoverageChange change, LocalDate shownAt) {
	}

	record CoveragePoint(String asOf, CoverageController.CoveragePayload coverage) {
	}

	record FileRows(String file, int rows) {
	}

}
