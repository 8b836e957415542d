package cn.liangxin.graph.api;

import static cn.liangxin.graph.api.BatchLoading.lookup;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import cn.liangxin.graph.access.Account;
import cn.liangxin.graph.access.AreaAccess;
import cn.liangxin.graph.access.AuditAction;
import cn.liangxin.graph.access.AuditLog;
import cn.liangxin.graph.access.Caller;
import cn.liangxin.graph.access.Role;
import cn.liangxin.graph.access.UserAccounts;
import cn.liangxin.graph.network.NetworkReads;
import cn.liangxin.graph.network.Page;
import cn.liangxin.graph.network.Views.AreaView;

/** {@code me}, the users and the audit; everything but {@code me} for ADMINs only. */
@Controller
class AccessController {

	private final UserAccounts accounts;

	private final AuditLog audit;

	private final AreaAccess access;

	private final NetworkReads network;

	AccessController(UserAccounts accounts, AuditLog audit, AreaAccess access, NetworkReads network) {
		this.accounts = accounts;
		this.audit = audit;
		this.access = access;
		this.network = network;
	}

	@QueryMapping
	Account me() {
		Caller caller = this.access.caller();
		// A user from the identity provider has no stored account: its token says who it
		// is.
		return this.accounts.find(caller.username())
			.orElseGet(() -> new Account(caller.username(), caller.role(), caller.areaCode(), true));
	}

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	List<Account> users() {
		return this.accounts.list();
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	Account createUser(@Argument CreateUserInput input) {
		return this.accounts.create(input.username(), input.password(), input.role(), input.areaCode());
	}

	@MutationMapping
	@PreAuthorize("hasRole('ADMIN')")
	Account updateUser(@Argument UpdateUserInput input) {
		return this.accounts.update(input.username(), input.role(), input.areaCode(), input.password(),
				input.enabled());
	}

	@QueryMapping
	@PreAuthorize("hasRole('ADMIN')")
	Connection<AuditLog.Event> auditEvents(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable List<AuditAction> actions) {
		AuditLog.Events events = this.audit.events(first == null ? 20 : first, after,
				actions == null ? List.of() : actions);
		var page = new Page<>(events.totalCount(),
				events.events().stream().map(e -> new Page.Edge<>(AuditLog.cursor(e), e)).toList(),
				events.hasNextPage());
		return Connection.of(page, after != null);
	}

	@BatchMapping(typeName = "User", field = "area")
	Map<Account, AreaView> userArea(List<Account> accounts) {
		return lookup(accounts, Account::areaCode, this.network::areas);
	}

	@SchemaMapping(typeName = "AuditEvent", field = "at")
	String auditAt(AuditLog.Event event) {
		return event.at().toOffsetDateTime().toString();
	}

	/** GraphQL {@code input CreateUserInput}. */
	record CreateUserInput(String username, String password, Role role, @Nullable String areaCode) {
	}

	/** GraphQL {@code input UpdateUserInput}. */
	record UpdateUserInput(String username, @Nullable Role role, @Nullable String areaCode, @Nullable String password,
			@Nullable Boolean enabled) {
	}

}
