package io.reachgraph.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded mail catcher ({@code reachgraph.mail.*}): GreenMail SMTP + IMAP in-process. Every message the app
 * sends lands in the recipient's IMAP mailbox there (any password), nothing leaves the machine.
 *
 * @param embedded  true (default): start GreenMail and send through it; false: use {@code spring.mail.*}
 * @param smtpPort  SMTP port (0 picks a free one)
 * @param imapPort  IMAP port (0 picks a free one)
 * @param bindAddress address it binds to
 */
@Validated
@ConfigurationProperties("reachgraph.mail")
public record EmbeddedMailProperties(
		@DefaultValue("true") boolean embedded,
		@DefaultValue("3025") @Min(0) @Max(65535) int smtpPort,
		@DefaultValue("3143") @Min(0) @Max(65535) int imapPort,
		@DefaultValue("127.0.0.1") @NotBlank String bindAddress) {
}
