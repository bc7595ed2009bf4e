package dev.voicebridge.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BearerTokenCredentialTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final List<CompletableFuture<AccessToken>> fetches = new ArrayList<>();
  private final List<String> scopes = new ArrayList<>();
  private final SettableClock clock = new SettableClock(T0);
  private final BearerTokenCredential credential =
      new BearerTokenCredential(this::fetch, "scope/.default", Duration.ofMinutes(5), clock);

  @Test
  void firstCallFetchesWithTheScope() {
    CompletableFuture<AccessToken> token = credential.token();

    assertThat(token).isNotDone();
    assertThat(scopes).containsExactly("scope/.default");
    fetches.get(0).complete(token("a", T0.plusSeconds(3600)));
    assertThat(token).isCompletedWithValue(token("a", T0.plusSeconds(3600)));
  }

  @Test
  void concurrentCallersShareOneFetch() {
    CompletableFuture<AccessToken> first = credential.token();
    CompletableFuture<AccessToken> second = credential.token();

    assertThat(fetches).hasSize(1);
    assertThat(second).isSameAs(first);
  }

  @Test
  void freshTokenIsServedFromTheCache() {
    credential.token();
    fetches.get(0).complete(token("a", T0.plusSeconds(3600)));
    clock.now = T0.plusSeconds(3600 - 301);

    assertThat(credential.token()).isCompletedWithValue(token("a", T0.plusSeconds(3600)));
    assertThat(fetches).hasSize(1);
  }

  @Test
  void tokenWithinTheRefreshMarginIsFetchedAgain() {
    credential.token();
    fetches.get(0).complete(token("a", T0.plusSeconds(3600)));
    clock.now = T0.plusSeconds(3600 - 300);

    CompletableFuture<AccessToken> refreshed = credential.token();
    fetches.get(1).complete(token("b", T0.plusSeconds(7200)));

    assertThat(refreshed).isCompletedWithValue(token("b", T0.plusSeconds(7200)));
    assertThat(credential.token()).isCompletedWithValue(token("b", T0.plusSeconds(7200)));
    assertThat(fetches).hasSize(2);
  }

  @Test
  void failedFetchIsReportedAndTheNextCallTriesAgain() {
    CompletableFuture<AccessToken> failed = credential.token();
    fetches.get(0).completeExceptionally(new IllegalStateException("entra down"));

    assertThat(failed).isCompletedExceptionally();
    credential.token();
    assertThat(fetches).hasSize(2);
  }

  @Test
  void supplierThatThrowsOrReturnsNullFailsTheFuture() {
    BearerTokenCredential throwing =
        new BearerTokenCredential(
            scope -> {
              throw new IllegalStateException("no");
            },
            "s",
            Duration.ZERO,
            clock);
    BearerTokenCredential returningNull =
        new BearerTokenCredential(scope -> null, "s", Duration.ZERO, clock);

    assertThat(throwing.token()).isCompletedExceptionally();
    assertThat(returningNull.token()).isCompletedExceptionally();
  }

  private CompletableFuture<AccessToken> fetch(String scope) {
    scopes.add(scope);
    CompletableFuture<AccessToken> future = new CompletableFuture<>();
    fetches.add(future);
    return future;
  }

  private static AccessToken token(String value, Instant expiresAt) {
    return new AccessToken(value, expiresAt);
  }

  /** A clock the test moves by hand. */
  private static final class SettableClock extends Clock {
    Instant now;

    SettableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
