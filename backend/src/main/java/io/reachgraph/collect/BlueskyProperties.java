package io.reachgraph.collect;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The Bluesky connector ({@code reachgraph.collect.bluesky.*}): the public AppView, read without credentials.
 *
 * @param baseUrl           the AppView serving {@code /xrpc/app.bsky.*}
 * @param requestsPerSecond client-side rate limit, shared by all Bluesky collections of this process
 * @param maxRetries        retries of a request after 429, 408, 5xx, I/O errors or a body cut short
 * @param initialBackoff    first backoff between retries; doubles each retry, with jitter
 * @param maxRetryWait      longest single wait before a retry; a longer {@code Retry-After} ends the call as retryable
 * @param connectTimeout    TCP + TLS connect timeout
 * @param readTimeout       a whole response (headers and body) must arrive within this
 * @param maxResponseSize   larger responses fail the call
 */
@Validated
@ConfigurationProperties("reachgraph.collect.bluesky")
public record BlueskyProperties(
		@DefaultValue("https://public.api.bsky.app") @NotNull URI baseUrl,
		@DefaultValue("5") @Positive double requestsPerSecond,
		@DefaultValue("4") @PositiveOrZero @Max(10) int maxRetries,
		@DefaultValue("500ms") @NotNull @DurationMin(millis = 1) Duration initialBackoff,
		@DefaultValue("60s") @NotNull @DurationMin(millis = 1) Duration maxRetryWait,
		@DefaultValue("5s") @NotNull @DurationMin(millis = 1) Duration connectTimeout,
		@DefaultValue("30s") @NotNull @DurationMin(millis = 1) Duration readTimeout,
		@DefaultValue("8MB") @NotNull DataSize maxResponseSize) {

}
