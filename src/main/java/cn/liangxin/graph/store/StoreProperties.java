package cn.liangxin.graph.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store.
 *
 * @param dataDir where the embedded server keeps its files ({@code liangxin.data-dir})
 * @param pageCache the embedded server's page cache ({@code liangxin.page-cache}, e.g.
 * 512m)
 * @param transactionMemory the most heap one transaction may use
 * ({@code liangxin.transaction-memory}); an import runs in one transaction, so this
 * bounds the largest bundle
 */
@ConfigurationProperties("liangxin")
public record StoreProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("512m") String pageCache,
		@DefaultValue("2g") String transactionMemory) {
}
