package cn.liangxin.graph.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import cn.liangxin.graph.store.SchemaMigrations;
import cn.liangxin.graph.store.StoreProperties;

/**
 * First start: when the store has no enabled ADMIN, creates {@code admin} with the
 * password of {@code liangxin.security.admin-password}, or with a generated one that is
 * logged once and written to {@code <data-dir>/initial-admin-password} (owner-only), as
 * Jenkins does.
 */
@Component
class InitialAdmin implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

	static final String USERNAME = "admin";

	private final UserAccounts accounts;

	private final SecurityProperties security;

	private final StoreProperties store;

	InitialAdmin(UserAccounts accounts, SecurityProperties security, StoreProperties store,
			SchemaMigrations schemaFirst) {
		this.accounts = accounts;
		this.security = security;
		this.store = store;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.accounts.anyAdmin()) {
			return;
		}
		String configured = this.security.adminPassword();
		String password = (configured == null || configured.isBlank()) ? generated() : configured;
		if (this.accounts.find(USERNAME).isPresent()) {
			this.accounts.update(USERNAME, Role.ADMIN, null, password, true);
		}
		else {
			try {
				this.accounts.create(USERNAME, password, Role.ADMIN, null);
			}
			catch (ClientException ex) {
				// Several instances starting on one empty store: the first one's admin
				// stands.
				if (this.accounts.anyAdmin()) {
					log.info("Another service instance created the first ADMIN at the same time; keeping it");
					return;
				}
				throw ex;
			}
		}
		if (configured == null || configured.isBlank()) {
			Path file = write(password);
			log.warn("""

					*************************************************************
					No ADMIN user existed: created '{}' with the password
					    {}
					(also written to {}; change it after the first login)
					*************************************************************""", USERNAME, password, file);
		}
		else {
			log.info("No ADMIN user existed: created '{}' with the password of liangxin.security.admin-password",
					USERNAME);
		}
	}

	private static String generated() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private Path write(String password) {
		Path file = this.store.dataDir().resolve("initial-admin-password").toAbsolutePath();
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			try {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException ex) {
				Files.createFile(file); // not a POSIX file system
			}
			Files.writeString(file, password + "\n");
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the initial admin password file", ex);
		}
	}

}
