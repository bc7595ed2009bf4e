package dev.voicebridge.protocol.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Bearer tokens from an {@link AccessTokenSupplier}, cached until shortly before they expire.
 *
 * <p>Lock-free: many sessions on many event loops connect at once, and only one of them should
 * call the supplier. The cache and the fetch in flight are each one atomic reference.
 */
final class BearerTokenCredential implements VoiceLiveCredential {

  /** The header Voice Live reads the token from. */
  static final String HEADER = "Authorization";

  private final AccessTokenSupplier supplier;
  private final String scope;
  private final Duration refreshMargin;
  private final Clock clock;
  private final AtomicReference<AccessToken> cached = new AtomicReference<>();
  private final AtomicReference<CompletableFuture<AccessToken>> inFlight = new AtomicReference<>();

  BearerTokenCredential(AccessTokenSupplier supplier, String scope, Duration refreshMargin) {
    this(supplier, scope, refreshMargin, Clock.systemUTC());
  }

  BearerTokenCredential(
      AccessTokenSupplier supplier, String scope, Duration refreshMargin, Clock clock) {
    this.supplier = Objects.requireNonNull(supplier, "supplier");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (refreshMargin.isNegative()) {
      throw new IllegalArgumentException("refreshMargin is negative: " + refreshMargin);
    }
  }

  /**
   * Returns a token that is valid for at least the refresh margin, fetching one if needed.
   *
   * @return a future of the token; completed at once when the cache is fresh
   */
  CompletableFuture<AccessToken> token() {
    AccessToken token = cached.get();
    if (token != null && isFresh(token)) {
      return CompletableFuture.completedFuture(token);
    }
    for (; ; ) {
      CompletableFuture<AccessToken> pending = inFlight.get();
      if (pending != null) {
        return pending;
      }
      CompletableFuture<AccessToken> mine = new CompletableFuture<>();
      if (inFlight.compareAndSet(null, mine)) {
        fetchInto(mine);
        return mine;
      }
    }
  }

  private boolean isFresh(AccessToken token) {
    Instant refreshAt = token.expiresAt().minus(refreshMargin);
    return clock.instant().isBefore(refreshAt);
  }

  private void fetchInto(CompletableFuture<AccessToken> mine) {
    CompletableFuture<AccessToken> fetched;
    try {
      fetched = supplier.getToken(scope);
    } catch (RuntimeException e) {
      fetched = CompletableFuture.failedFuture(e);
    }
    if (fetched == null) {
      fetched = CompletableFuture.failedFuture(
          new NullPointerException("AccessTokenSupplier returned null"));
    }
    fetched.whenComplete(
        (token, error) -> {
          if (error == null && token == null) {
            error = new NullPointerException("AccessTokenSupplier completed with null");
          }
          if (error == null) {
            cached.set(token);
          }
          // Clear before completing, so a caller reacting to the result sees the new cache
          // rather than this finished fetch.
          inFlight.compareAndSet(mine, null);
          if (error == null) {
            mine.complete(token);
          } else {
            mine.completeExceptionally(error);
          }
        });
  }

  @Override
  public String toString() {
    return "VoiceLiveCredential.bearerToken(scope=" + scope + ")";
  }
}
