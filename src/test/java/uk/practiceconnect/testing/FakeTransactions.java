package uk.practiceconnect.testing;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The container's transaction registry, played by the test: it says when a commit is done. */
public final class FakeTransactions implements TransactionSynchronizationRegistry {

  private final List<Synchronization> waiting = new ArrayList<>();
  private final Map<Object, Object> resources = new HashMap<>();

  /** What the container does after the commit: tells everyone who registered. */
  public void committed() {
    List<Synchronization> now = List.copyOf(waiting);
    waiting.clear();
    now.forEach(Synchronization::beforeCompletion);
    now.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
  }

  public int waiting() {
    return waiting.size();
  }

  @Override
  public void registerInterposedSynchronization(Synchronization sync) {
    waiting.add(sync);
  }

  @Override
  public Object getTransactionKey() {
    return this;
  }

  @Override
  public void putResource(Object key, Object value) {
    resources.put(key, value);
  }

  @Override
  public Object getResource(Object key) {
    return resources.get(key);
  }

  @Override
  public int getTransactionStatus() {
    return Status.STATUS_ACTIVE;
  }

  @Override
  public void setRollbackOnly() {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean getRollbackOnly() {
    return false;
  }
}
