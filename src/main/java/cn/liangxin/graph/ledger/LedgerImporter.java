package cn.liangxin.graph.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import cn.liangxin.graph.access.AreaAccess;
import cn.liangxin.graph.access.AuditAction;
import cn.liangxin.graph.access.AuditLog;
import cn.liangxin.graph.store.ImportLock;
import cn.liangxin.graph.store.StoreSessions;
import cn.liangxin.graph.store.StoreSnapshots;
import cn.liangxin.graph.store.StoreVersion;

/**
 * Imports a ledger bundle: parses and validates all of it first (every error, references
 * checked against the bundle and the store), then writes it in ONE transaction in batches
 * of {@value #BATCH} rows, so a bundle is stored whole or not at all. Imports run one at
 * a time across every service instance on the store ({@link ImportLock}, taken once the
 * bundle was read without errors of its own and before it is checked against the store),
 * so the store a bundle was validated against is the store it is written to; the write
 * bumps the {@link StoreVersion}, so every instance's caches read the new state.
 */
@Service
public class LedgerImporter {

	private static final Logger log = LoggerFactory.getLogger(LedgerImporter.class);

	static final int BATCH = 10_000;

	private final StoreSessions sessions;

	private final LedgerParser parser;

	private final StoreSnapshots snapshots;

	private final ImportLock lock;

	private final StoreVersion version;

	private final AreaAccess access;

	private final AuditLog audit;

	public LedgerImporter(StoreSessions sessions, AreaAccess access, AuditLog audit, ImportLock lock,
			StoreVersion version, ImportLimits limits, StoreSnapshots snapshots) {
		this.parser = new LedgerParser(limits);
		this.snapshots = snapshots;
		this.sessions = sessions;
		this.access = access;
		this.audit = audit;
		this.lock = lock;
		this.version = version;
	}

	/**
	 * Imports a bundle, wording errors in Chinese: see
	 * {@link #importBundle(Map, LedgerText)}.
	 */
	public ImportResult importBundle(Map<String, byte[]> files) {
		return importBundle(files, LedgerText.CHINESE);
	}

	/**
	 * Imports a bundle given as file name → bytes (CSV files, .xlsx workbooks), wording
	 * errors in the given language; every outcome is audited.
	 * @throws LedgerRejectedException listing every error, when the bundle has any;
	 * nothing is written then
	 * @throws LedgerForbiddenException naming every row outside the caller's area;
	 * nothing is written then
	 * @throws ImportRunningException when another import held the store-wide lock for
	 * longer than the wait
	 */
	public ImportResult importBundle(Map<String, byte[]> files, LedgerText text) {
		return importBundle(files, ImportOptions.today(), text);
	}

	/**
	 * Imports a bundle as the ledger of {@code options.asOf()}: an UPSERT, or a SNAPSHOT
	 * of one area (docs/domain.md, "History"), wording errors in the given language.
	 * @throws LedgerRejectedException as {@link #importBundle(Map, LedgerText)}, and for
	 * a date before the latest import's and for the rows of a snapshot outside its area
	 */
	public ImportResult importBundle(Map<String, byte[]> files, ImportOptions options, LedgerText text) {
		String area = this.access.limit();
		if (options.areaCode() != null) {
			this.access.requireArea("areaCode", options.areaCode());
		}
		try {
			ImportResult result = importLocked(files, options, text);
			this.audit.record(AuditAction.IMPORT, area, AuditLog.OK, files.keySet() + " rows " + result.files());
			return result;
		}
		catch (LedgerForbiddenException ex) {
			this.audit.record(AuditAction.IMPORT, area, AuditLog.REFUSED,
					files.keySet() + ": " + ex.errors().size() + " row(s) outside the area");
			throw ex;
		}
		catch (LedgerRejectedException ex) {
			this.audit.record(AuditAction.IMPORT, area, AuditLog.REFUSED,
					files.keySet() + ": " + ex.errors().size() + " error(s)");
			throw ex;
		}
		catch (BundleException ex) {
			// a limit passed while parsing (ImportLimits): refused like a bad bundle, not
			// failed
			this.audit.record(AuditAction.IMPORT, area, AuditLog.REFUSED, files.keySet() + ": " + ex.getMessage());
			throw ex;
		}
		catch (ImportRunningException ex) {
			this.audit.record(AuditAction.IMPORT, area, AuditLog.REFUSED, files.keySet() + ": " + ex.getMessage());
			throw ex;
		}
		catch (RuntimeException ex) {
			this.audit.record(AuditAction.IMPORT, area, AuditLog.FAILED,
					files.keySet() + ": " + ex.getClass().getSimpleName());
			throw ex;
		}
	}

	/**
	 * Undoes the latest import: the store is exactly as before it, at every date. Only
	 * the latest import can be undone (an earlier one's later imports were validated
	 * against it), by a caller who sees its area; audited either way.
	 * @throws RevertRefusedException naming why, when the import is not the latest or
	 * outside the caller's area
	 */
	public Period.Import revert(String importId) {
		String area = this.access.limit();
		try {
			Period.Import reverted = revertLocked(importId);
			this.audit.record(AuditAction.IMPORT_REVERTED, area, AuditLog.OK,
					importId + " of " + reverted.asOf() + " (" + reverted.rows() + " rows)");
			return reverted;
		}
		catch (RevertRefusedException | ImportRunningException ex) {
			this.audit.record(AuditAction.IMPORT_REVERTED, area, AuditLog.REFUSED, importId + ": " + ex.getMessage());
			throw ex;
		}
	}

	private Period.Import revertLocked(String importId) {
		ImportLock.Lease lease;
		try {
			lease = this.lock.take();
		}
		catch (ImportLock.HeldException ex) {
			throw new ImportRunningException(
					LedgerText.CHINESE.t("import.running", ex.instance(), ex.since(), this.lock.waitSeconds()));
		}
		try (lease; var session = this.sessions.open(); var tx = session.beginTransaction()) {
			List<Period.Import> latest = tx.run(LedgerHistory.LATEST_IMPORT).list(Period::importOf);
			if (latest.isEmpty() || !latest.get(0).id().equals(importId)) {
				throw new RevertRefusedException("只能撤销最近一次导入" + (latest.isEmpty() ? "（尚无导入）" : " " + latest.get(0).id())
						+ "，导入 " + importId + " 不是 (only the latest import can be reverted)");
			}
			Period.Import target = latest.get(0);
			String scope = target.areaCode() != null ? target.areaCode() : target.userArea();
			if (this.access.limit() != null && (scope == null || !this.access.sees(scope))) {
				throw new RevertRefusedException("导入 " + importId + " 不在您的管辖区域内 (outside your area)");
			}
			for (String statement : LedgerHistory.REVERT) {
				tx.run(statement, Map.of("importId", importId)).consume();
			}
			this.version.bump(tx);
			lease.fence(tx);
			this.snapshots.committing(tx::commit);
			return target;
		}
		catch (ImportLock.LostException ex) {
			throw new ImportRunningException(LedgerText.CHINESE.t("import.lockLost"));
		}
	}

	/**
	 * Every date a ledger was imported for, oldest first, each with the imports that
	 * concern the caller's area, in order (an import of another street is not shown).
	 */
	public List<Period> periods() {
		try (var session = this.sessions.open()) {
			List<Period.Import> imports = session
				.executeRead(tx -> tx.run(LedgerHistory.IMPORTS).list(Period::importOf))
				.stream()
				.filter(i -> this.access.concerns(i.areaCode() != null ? i.areaCode() : i.userArea()))
				.toList();
			Map<java.time.LocalDate, List<Period.Import>> byDate = new java.util.TreeMap<>();
			imports.forEach(i -> byDate.computeIfAbsent(i.asOf(), d -> new ArrayList<>()).add(i));
			return byDate.entrySet().stream().map(e -> new Period(e.getKey(), List.copyOf(e.getValue()))).toList();
		}
	}

	private ImportResult importLocked(Map<String, byte[]> files, ImportOptions options, LedgerText text) {
		long started = System.nanoTime();
		try (var store = new LockingStore(text)) {
			// A bundle with no errors of its own holds the lock from the parser's first
			// question to the store on (LockingStore).
			ParseResult parsed = this.parser.parse(files, store, text);
			AreaBoundaries.Result boundaries = AreaBoundaries.read(files.get(AreaBoundaries.FILE_NAME),
					parsed.bundle().areas().stream().map(AreaRow::code).collect(Collectors.toSet()), store);
			if (!parsed.ok() || !boundaries.errors().isEmpty()) {
				var errors = new ArrayList<>(parsed.errors());
				errors.addAll(boundaries.errors());
				throw new LedgerRejectedException(errors);
			}
			ImportLock.Lease lease = store.held();
			List<LedgerError> outside = store.session.executeRead(
					tx -> ImportAreaCheck.outside(parsed.bundle(), boundaries.boundaries().keySet(), this.access, tx));
			if (!outside.isEmpty()) {
				throw new LedgerForbiddenException(outside);
			}
			if (options.snapshot()) {
				List<LedgerError> beyond = store.session
					.executeRead(tx -> ImportAreaCheck.outsideSnapshot(parsed.bundle(),
							boundaries.boundaries().keySet(), options.areaCode(), this.access, tx));
				if (!beyond.isEmpty()) {
					throw new LedgerRejectedException(beyond);
				}
			}
			List<LedgerError> late = store.session.executeRead(tx -> lateImport(tx, options.asOf()));
			if (!late.isEmpty()) {
				throw new LedgerRejectedException(late);
			}
			LedgerBundle bundle = parsed.bundle();
			long parsedAt = System.nanoTime();
			var progress = new Progress(bundle.totalRows());
			// An explicit transaction, not a retried unit of work: a bundle too large for
			// the
			// transaction memory would fail the same way on every retry.
			String importId = java.util.UUID.randomUUID().toString();
			try (var session = this.sessions.open(); var tx = session.beginTransaction()) {
				var dated = new DatedWrites(tx, options.asOf(), importId);
				write(dated, bundle, options.snapshot(), progress);
				if (options.snapshot()) {
					endWhatTheSnapshotLeftOut(dated, bundle, options.areaCode());
				}
				AreaBoundaries.write(tx, boundaries.boundaries());
				dated.run(LedgerHistory.SETTLE_VERSIONS, Map.of());
				dated.run(LedgerHistory.END_MARKED_LINKS, Map.of());
				Map<String, Object> journal = new HashMap<>();
				journal.put("user", this.access.caller().username());
				journal.put("mode", options.mode().name());
				journal.put("areaCode", options.areaCode());
				journal.put("userArea", this.access.limit());
				journal.put("files", List.copyOf(bundle.counts().keySet()));
				journal.put("fileRows", List.copyOf(bundle.counts().values()));
				journal.put("rows", bundle.totalRows());
				dated.run(LedgerHistory.RECORD_IMPORT, journal);
				this.version.bump(tx);
				lease.fence(tx);
				// never between two reads of one answer (StoreSnapshots)
				this.snapshots.committing(tx::commit);
			}
			catch (ImportLock.LostException ex) {
				throw new ImportRunningException(text.t("import.lockLost"));
			}
			catch (TransientException ex) {
				if (String.valueOf(ex.getMessage()).contains("dbms.memory.transaction")) {
					throw new LedgerTooLargeException(bundle.totalRows(), ex.getMessage());
				}
				throw ex;
			}
			long millis = (System.nanoTime() - started) / 1_000_000;
			Map<String, Integer> counts = new LinkedHashMap<>(bundle.counts());
			if (files.containsKey(AreaBoundaries.FILE_NAME)) {
				counts.put(AreaBoundaries.FILE_NAME, boundaries.boundaries().size());
			}
			var result = new ImportResult(counts, bundle.totalRows(), millis,
					(System.nanoTime() - parsedAt) / 1_000_000, importId, options.asOf().toString());
			log.info("Imported {} rows in {} ms ({} rows/s): {}", result.totalRows(), millis, result.rowsPerSecond(),
					result.files());
			return result;
		}
	}

	/**
	 * The store as the parser asks it, and the import's hold on the store-wide lock:
	 * taken once the whole bundle was read without an error of its own, before the
	 * references are checked against the store, so the store a bundle was validated
	 * against is the store it is written to. A bundle refused for what it holds (a limit
	 * passed while reading, bad rows) is refused without waiting for the lock, and never
	 * keeps another import waiting.
	 */
	private final class LockingStore implements KnownIds, AutoCloseable {

		private final org.neo4j.driver.Session session = LedgerImporter.this.sessions.open();

		private final LedgerText text;

		private ImportLock.Lease lease;

		LockingStore(LedgerText text) {
			this.text = text;
		}

		@Override
		public void bundleRead(boolean errors) {
			if (!errors) {
				held();
			}
		}

		@Override
		public Set<String> existing(IdKind kind, Set<String> ids) {
			return this.session.executeRead(tx -> LedgerStatements.existing(tx, kind, ids));
		}

		ImportLock.Lease held() {
			if (this.lease == null) {
				try {
					this.lease = LedgerImporter.this.lock.take();
				}
				catch (ImportLock.HeldException ex) {
					throw new ImportRunningException(this.text.t("import.running", ex.instance(), ex.since(),
							LedgerImporter.this.lock.waitSeconds()));
				}
			}
			return this.lease;
		}

		@Override
		public void close() {
			try {
				if (this.lease != null) {
					this.lease.close();
				}
			}
			finally {
				this.session.close();
			}
		}

	}

	private void write(DatedWrites tx, LedgerBundle b, boolean snapshot, Progress progress) {
		// Files in reference order; a file's parent links after all of its nodes.
		upsert(tx, "Area", b.areas(), AreaRow::code, LedgerRows::area, LedgerStatements.CLEAR_AREA_LINKS,
				LedgerStatements.AREAS, progress);
		parents(tx, b.areas(), AreaRow::code, AreaRow::parentCode, LedgerStatements.AREA_PART_OF);
		upsert(tx, "Park", b.parks(), ParkRow::id, LedgerRows::park, LedgerStatements.CLEAR_PARK_LINKS,
				LedgerStatements.PARKS, progress);
		upsert(tx, "Building", b.buildings(), BuildingRow::id, LedgerRows::building,
				LedgerStatements.CLEAR_BUILDING_LINKS, LedgerStatements.BUILDINGS, progress);
		upsert(tx, "Organization", b.organizations(), OrganizationRow::id, LedgerRows::organization,
				LedgerStatements.CLEAR_ORGANIZATION_LINKS, LedgerStatements.ORGANIZATIONS, progress);
		upsert(tx, "PartyOrganization", b.partyOrgs(), PartyOrgRow::id, LedgerRows::partyOrg,
				LedgerStatements.CLEAR_PARTY_ORGANIZATION_LINKS, LedgerStatements.PARTY_ORGANIZATIONS, progress);
		parents(tx, b.partyOrgs(), PartyOrgRow::id, PartyOrgRow::parentId,
				LedgerStatements.PARTY_ORGANIZATION_REPORTS_TO);
		// Link files replace, for every id of their first column, that id's links of the
		// file.
		// A snapshot holds every link of its area: an owner in the bundle without a row
		// in a
		// link file has none left.
		replaceLinks(tx, LedgerStatements.CLEAR_COVERS, LedgerStatements.COVERS, b.partyOrgUnits(),
				PartyOrgUnitRow::partyOrgId, snapshot ? ids(b.partyOrgs(), PartyOrgRow::id) : List.of(),
				LedgerRows::partyOrgUnit, progress);
		List<MemberRow> members = b.members().stream().filter(m -> m.status().isMember()).toList();
		List<MemberRow> prospects = b.members().stream().filter(m -> !m.status().isMember()).toList();
		relabel(tx, members, LedgerStatements.PROSPECT_TO_MEMBER);
		relabel(tx, prospects, LedgerStatements.MEMBER_TO_PROSPECT);
		upsert(tx, "Member", members, MemberRow::id, LedgerRows::member, LedgerStatements.CLEAR_MEMBER_LINKS,
				LedgerStatements.MEMBERS, progress);
		upsert(tx, "Prospect", prospects, MemberRow::id, LedgerRows::member, LedgerStatements.CLEAR_PROSPECT_LINKS,
				LedgerStatements.PROSPECTS, progress);
		upsert(tx, "Officer", b.officers(), OfficerRow::id, LedgerRows::officer, LedgerStatements.CLEAR_OFFICER_LINKS,
				LedgerStatements.OFFICERS, progress);
		replaceLinks(tx, LedgerStatements.CLEAR_GUIDES, LedgerStatements.GUIDES, b.officerAssignments(),
				OfficerAssignmentRow::officerId, snapshot ? ids(b.officers(), OfficerRow::id) : List.of(),
				LedgerRows::officerAssignment, progress);
		replaceLinks(tx, LedgerStatements.CLEAR_TIES, LedgerStatements.TIES, b.orgLinks(), OrgLinkRow::fromId,
				snapshot ? ids(b.organizations(), OrganizationRow::id) : List.of(), LedgerRows::orgLink, progress);
	}

	/**
	 * Clears a batch's single-valued links, then upserts its nodes with their links to
	 * earlier files.
	 */
	private static <R> void upsert(DatedWrites tx, String label, List<R> rows, Function<R, String> id,
			Function<R, Map<String, Object>> toMap, String clear, String upsert, Progress progress) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<R> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			List<Map<String, Object>> maps = new ArrayList<>(batch.size());
			List<String> ids = new ArrayList<>(batch.size());
			for (R row : batch) {
				maps.add(toMap.apply(row));
				ids.add(id.apply(row));
			}
			tx.run(LedgerHistory.VERSION.get(label), Map.of("ids", ids));
			tx.run(clear, Map.of("ids", ids));
			tx.run(upsert, Map.of("rows", maps));
			progress.advance(batch.size());
		}
	}

	/**
	 * A person whose stage moved between member and prospect keeps its node under the
	 * other label.
	 */
	private static void relabel(DatedWrites tx, List<MemberRow> rows, String statement) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<String> ids = rows.subList(from, Math.min(rows.size(), from + BATCH))
				.stream()
				.map(MemberRow::id)
				.toList();
			tx.run(statement, Map.of("ids", ids));
		}
	}

	/** Links to a parent in the same file, once all of the file's nodes exist. */
	private static <R> void parents(DatedWrites tx, List<R> rows, Function<R, String> id, Function<R, String> parent,
			String statement) {
		List<Map<String, Object>> links = new ArrayList<>();
		for (R row : rows) {
			if (parent.apply(row) != null) {
				links.add(Map.of("id", id.apply(row), "target", parent.apply(row)));
			}
		}
		for (int from = 0; from < links.size(); from += BATCH) {
			tx.run(statement, Map.of("rows", links.subList(from, Math.min(links.size(), from + BATCH))));
		}
	}

	private static <R> void replaceLinks(DatedWrites tx, String clear, String create, List<R> rows,
			Function<R, String> owner, List<String> moreOwners, Function<R, Map<String, Object>> toMap,
			Progress progress) {
		Set<String> owners = new LinkedHashSet<>();
		rows.forEach(r -> owners.add(owner.apply(r)));
		owners.addAll(moreOwners);
		if (owners.isEmpty()) {
			return;
		}
		List<String> ids = List.copyOf(owners);
		for (int from = 0; from < ids.size(); from += BATCH) {
			tx.run(clear, Map.of("ids", ids.subList(from, Math.min(ids.size(), from + BATCH))));
		}
		batched(tx, create, rows, toMap, progress);
	}

	private static <R> void batched(DatedWrites tx, String statement, List<R> rows,
			Function<R, Map<String, Object>> toMap, Progress progress) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<R> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
			List<Map<String, Object>> maps = new ArrayList<>(batch.size());
			batch.forEach(r -> maps.add(toMap.apply(r)));
			tx.run(statement, Map.of("rows", maps));
			progress.advance(batch.size());
		}
	}

	private static <R> List<String> ids(List<R> rows, Function<R, String> id) {
		return rows.stream().map(id).toList();
	}

	/**
	 * A SNAPSHOT is the whole ledger of its area: every park, building, organization,
	 * party organization, member, prospect and officer stored in the area that the bundle
	 * does not hold ends at its date, with all of its links.
	 */
	private static void endWhatTheSnapshotLeftOut(DatedWrites tx, LedgerBundle b, String areaCode) {
		Set<String> people = new java.util.HashSet<>(ids(b.members(), MemberRow::id));
		Map<String, Set<String>> kept = Map.of("Park", Set.copyOf(ids(b.parks(), ParkRow::id)), "Building",
				Set.copyOf(ids(b.buildings(), BuildingRow::id)), "Organization",
				Set.copyOf(ids(b.organizations(), OrganizationRow::id)), "PartyOrganization",
				Set.copyOf(ids(b.partyOrgs(), PartyOrgRow::id)), "Officer",
				Set.copyOf(ids(b.officers(), OfficerRow::id)), "Member", people, "Prospect", people);
		Map<String, List<String>> leaving = new LinkedHashMap<>();
		Set<String> inside = new java.util.HashSet<>(tx.ids(LedgerHistory.AREAS_WITHIN, Map.of("areaCode", areaCode)));
		for (String label : List.of("Organization", "PartyOrganization", "Officer", "Member", "Prospect", "Building",
				"Park")) {
			List<String> within = tx.ids(LedgerHistory.WITHIN.get(label), Map.of("areaCode", areaCode));
			inside.addAll(within);
			leaving.put(label, within.stream().filter(id -> !kept.get(label).contains(id)).toList());
		}
		// A link to something outside the area is not the area's to end (the bundle could
		// not have named it): it stays, unless its end within the area leaves.
		tx.run(LedgerHistory.KEEP_LINKS_LEAVING_THE_AREA, Map.of("inside", List.copyOf(inside), "leaving",
				leaving.values().stream().flatMap(List::stream).toList()));
		leaving.forEach((label, ids) -> {
			for (int from = 0; from < ids.size(); from += BATCH) {
				var batch = Map.<String, Object>of("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)));
				tx.run(LedgerHistory.END_ALL_LINKS.get(label), batch);
				tx.run(LedgerHistory.GONE.get(label), batch);
			}
		});
	}

	/**
	 * An import dated before the latest one would have to be woven into the later
	 * periods; until that is built it is refused, naming the latest date.
	 */
	private static List<LedgerError> lateImport(SimpleQueryRunner tx, java.time.LocalDate asOf) {
		var latest = tx.run(LedgerHistory.LATEST_IMPORT).list();
		if (latest.isEmpty() || latest.get(0).get("asOf").isNull()) {
			return List.of();
		}
		var latestDate = latest.get(0).get("asOf").asLocalDate();
		if (!asOf.isBefore(latestDate)) {
			return List.of();
		}
		return List.of(new LedgerError("(bundle)", null, "asOf", "台账日期 asOf=" + asOf + " 早于最近一次导入的日期 " + latestDate
				+ "，暂不支持补录较早期次 (an import dated before the latest one, " + latestDate + ", is not supported yet)"));
	}

	/**
	 * The import's transaction: every statement gets the ledger's date ({@code $asOf})
	 * and the import's id ({@code $importId}), which the history records.
	 */
	record DatedWrites(SimpleQueryRunner tx, java.time.LocalDate asOf, String importId) {

		void run(String statement, Map<String, Object> parameters) {
			this.tx.run(statement, dated(parameters)).consume();
		}

		List<String> ids(String statement, Map<String, Object> parameters) {
			return this.tx.run(statement, dated(parameters)).list(r -> r.get("id").asString());
		}

		private Map<String, Object> dated(Map<String, Object> parameters) {
			var all = new HashMap<String, Object>(parameters);
			all.put("asOf", this.asOf);
			all.put("importId", this.importId);
			return all;
		}

	}

	/** Logs rows, rows/s and percent at most every two seconds on long imports. */
	static final class Progress {

		private final int total;

		private int done;

		private long started;

		private long lastLog;

		Progress(int total) {
			this.total = total;
			this.started = System.nanoTime();
			this.lastLog = this.started;
		}

		void advance(int rows) {
			this.done += rows;
			long now = System.nanoTime();
			if (now - this.lastLog > 2_000_000_000L) {
				this.lastLog = now;
				double seconds = (now - this.started) / 1e9;
				log.info("Import: {} of {} rows ({}%), {} rows/s", this.done, this.total,
						this.total == 0 ? 100 : this.done * 100L / this.total, Math.round(this.done / seconds));
			}
		}

	}

	/**
	 * What an import wrote.
	 *
	 * @param files rows per file
	 * @param totalRows rows in all
	 * @param millis the whole import, validation included
	 * @param writeMillis the write transaction alone
	 * @param importId the id a revert names it by
	 * @param asOf the date of the ledger
	 */
	public record ImportResult(Map<String, Integer> files, int totalRows, long millis, long writeMillis,
			String importId, String asOf) {

		public long rowsPerSecond() {
			return this.millis == 0 ? this.totalRows : Math.round(this.totalRows * 1000.0 / this.millis);
		}
	}

	/** The bundle is larger than one transaction may hold; nothing was written. */
	public static class LedgerTooLargeException extends RuntimeException {

		private final int rows;

		/**
		 * @param cause the store's own words, for the log only: the client is told
		 * {@code bundle.tooManyRows}
		 */
		public LedgerTooLargeException(int rows, String cause) {
			super("the bundle's " + rows + " rows are more than one import transaction may hold (" + cause
					+ "); nothing was imported. Split it into several bundles (e.g. one per district, or members apart), "
					+ "or raise liangxin.transaction-memory and the heap");
			this.rows = rows;
		}

		public int rows() {
			return this.rows;
		}

	}

	/**
	 * Another import held the store-wide lock for longer than the wait (or took it over);
	 * nothing was written.
	 */
	public static class ImportRunningException extends RuntimeException {

		public ImportRunningException(String message) {
			super(message);
		}

	}

	/** A revert that cannot be done: not the latest import, or outside the area. */
	public static class RevertRefusedException extends RuntimeException {

		public RevertRefusedException(String message) {
			super(message);
		}

	}

	/** Rows of the bundle lie outside the importer's area; nothing was written. */
	public static class LedgerForbiddenException extends RuntimeException {

		private final List<LedgerError> errors;

		public LedgerForbiddenException(List<LedgerError> errors) {
			super(errors.size() + " row(s) of the ledger bundle lie outside your area; nothing was imported");
			this.errors = List.copyOf(errors);
		}

		public List<LedgerError> errors() {
			return this.errors;
		}

	}

	/** The bundle had errors; nothing was written. */
	public static class LedgerRejectedException extends RuntimeException {

		private final List<LedgerError> errors;

		public LedgerRejectedException(List<LedgerError> errors) {
			super(errors.size() + " error(s) in the ledger bundle; nothing was imported");
			this.errors = List.copyOf(errors);
		}

		public List<LedgerError> errors() {
			return this.errors;
		}

	}

}
