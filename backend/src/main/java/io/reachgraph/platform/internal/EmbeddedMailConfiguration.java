package io.reachgraph.platform.internal;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.reachgraph.platform.EmbeddedMailProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded mail catcher of dev/demo mode: GreenMail SMTP and IMAP in-process, authentication off, so every
 * message the app sends is kept in the recipient's mailbox (read it over IMAP with any password) and none leaves
 * the machine. The app's {@code JavaMailSender} is pointed at it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "reachgraph.mail.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedMailConfiguration {

	@Bean(destroyMethod = "stop")
	GreenMail embeddedMailCatcher(EmbeddedMailProperties properties) {
		ServerSetup smtp = new ServerSetup(properties.smtpPort(), properties.bindAddress(), ServerSetup.PROTOCOL_SMTP);
		ServerSetup imap = new ServerSetup(properties.imapPort(), properties.bindAddress(), ServerSetup.PROTOCOL_IMAP);
		if (properties.smtpPort() == 0) {
			smtp = smtp.dynamicPort();
		}
		if (properties.imapPort() == 0) {
			imap = imap.dynamicPort();
		}
		GreenMail greenMail = new GreenMail(new ServerSetup[] { smtp, imap })
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		try {
			greenMail.start();
		}
		catch (RuntimeException ex) {
			throw new io.reachgraph.shared.StartupRefused(
					"The embedded mail catcher could not listen on SMTP " + properties.smtpPort() + " / IMAP "
							+ properties.imapPort() + ": " + ex.getMessage(),
					"Free those ports, or choose others with --reachgraph.mail.smtp-port / --reachgraph.mail.imap-port "
							+ "(0 picks a free port), or turn the catcher off with --reachgraph.mail.embedded=false.");
		}
		return greenMail;
	}

	@Bean
	JavaMailSenderImpl mailSender(GreenMail catcher, EmbeddedMailProperties properties) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(properties.bindAddress());
		sender.setPort(catcher.getSmtp().getPort());
		sender.setProtocol("smtp");
		return sender;
	}

}
