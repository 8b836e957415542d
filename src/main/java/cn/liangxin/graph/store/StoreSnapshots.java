package cn.liangxin.graph.store;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * One committed state per answer. Neo4j reads at read-committed isolation: two statements
 * of one request, even in one transaction, can see the states before and after an
 * import's commit. So an answer that reads several times holds {@link #reading} while it
 * reads, and an import's commit waits in {@link #committing} until the answers under way
 * are done (new ones wait behind it: the lock is fair, so a stream of readers cannot
 * starve a commit). The commit is the short end of an import (parsing and writing run
 * before it, unaffected); what readers wait is that commit, and what a commit waits is at
 * most the answers already running ({@code liangxin.query-timeout} bounds them).
 * <p>
 * Within one instance: instances of a cluster each hold their own lock.
 */
@Component
public class StoreSnapshots {

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

	/**
	 * Runs {@code answer} with no commit between its reads. Reentrant; call and return on
	 * one thread.
	 */
	public <T> T reading(Supplier<T> answer) {
		this.lock.readLock().lock();
		try {
			return answer.get();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/** Commits (runs {@code commit}) while no answer is reading. */
	public void committing(Runnable commit) {
		this.lock.writeLock().lock();
		try {
			commit.run();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
