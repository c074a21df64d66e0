package io.reachgraph.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.reachgraph.IntegrationTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

@IntegrationTest
class MailCatcherIntegrationTests {

	@Autowired
	JavaMailSender sender;

	@Autowired
	GreenMail catcher;

	@Test
	void mailTheAppSendsLandsInTheRecipientsImapMailboxOnce() throws Exception {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("reachgraph@localhost");
		message.setTo("editor@blog.example");
		message.setSubject("Guest post idea");
		message.setText("Hello from the embedded catcher");
		sender.send(message);

		assertThat(catcher.waitForIncomingEmail(5000, 1)).isTrue();
		Properties props = new Properties();
		Store store = Session.getInstance(props).getStore("imap");
		store.connect("127.0.0.1", catcher.getImap().getPort(), "editor@blog.example", "any-password");
		try {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			Message[] messages = inbox.getMessages();
			assertThat(messages).hasSize(1);
			assertThat(messages[0].getSubject()).isEqualTo("Guest post idea");
			inbox.close(false);
		}
		finally {
			store.close();
		}
	}

}
