package io.reachgraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app against the in-process mongo-java-server (memory backend, free port) and the embedded mail
 * catcher on free ports, with the first admin {@link TestUsers#ADMIN_EMAIL}. All such tests share one context.
 * MockMvc does not print exchanges: its printer reads the response while a streamed body (CSV exports) may still
 * be writing it on another thread, which once ended an export with a ConcurrentModificationException.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
public @interface IntegrationTest {
}
