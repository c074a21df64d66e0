package io.reachgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.reachgraph.identity.IdentityProperties;
import io.reachgraph.platform.EmbeddedMailProperties;
import io.reachgraph.platform.MongoEmbeddedProperties;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Docker does not run on our machines, so the production stack ({@code docker-compose.yml}, {@code Dockerfile}) is
 * checked here by reading it: the services and their wiring, and that every variable compose hands the app names a
 * setting the app really reads (bound through Spring Boot's own relaxed binding and {@code application.yml}).
 * No Spring context is started.
 */
class DockerComposeTests {

	private static final Path ROOT = Path.of("..");

	/** What an operator passes on the command line (or in .env) for the variables compose requires. */
	private static final Map<String, String> OPERATOR = Map.of("REACHGRAPH_ADMIN_EMAIL", "ops@example.test",
			"REACHGRAPH_ADMIN_PASSWORD", "operator-chosen-password");

	private static final Pattern VARIABLE = Pattern
		.compile("\\$(?:(\\$)|\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

	private static String composeText;

	private static String dockerfileText;

	private static String productionDoc;

	private static String jarName;

	@BeforeAll
	static void readFiles() throws Exception {
		composeText = Files.readString(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8);
		dockerfileText = Files.readString(ROOT.resolve("Dockerfile"), StandardCharsets.UTF_8);
		productionDoc = Files.readString(ROOT.resolve("docs/production.md"), StandardCharsets.UTF_8);
		var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("backend/pom.xml").toFile());
		String finalName = XPathFactory.newInstance().newXPath().evaluate("/project/build/finalName", pom).strip();
		assertThat(finalName).as("backend/pom.xml names the jar (<finalName>)").isNotEmpty();
		jarName = finalName + ".jar";
	}

	// ---- the services ------------------------------------------------------------------------------------------

	@Test
	void declaresMongoMailpitAndTheApp() {
		Compose compose = Compose.parse(composeText);
		assertThat(compose.services()).containsKeys("mongo", "mailpit", "app");
		assertThat(compose.service("mongo").get("image")).asString().matches("mongo:[78](\\..*)?");
		assertThat(compose.service("mailpit").get("image")).asString().startsWith("axllent/mailpit");
		assertThat(compose.publishedPorts("mailpit")).as("Mailpit's web UI is published").anyMatch(p -> p.endsWith(":8025"));
		assertThat(compose.publishedPorts("app")).anyMatch(p -> p.endsWith(":8080"));
		assertThat(compose.root().get("volumes")).as("named volumes").isInstanceOf(Map.class);
	}

	@Test
	void runsMongoAsASingleNodeReplicaSetThatInitiatesItselfAndIsHealthyOnlyAsPrimary() {
		checkMongoReplicaSet(Compose.parse(composeText));
	}

	@Test
	void keepsMongoDataOnANamedVolume() {
		Compose compose = Compose.parse(composeText);
		@SuppressWarnings("unchecked")
		Map<String, Object> volumes = (Map<String, Object>) compose.root().get("volumes");
		List<String> mounts = compose.strings(compose.service("mongo").get("volumes"));
		assertThat(mounts).anySatisfy(mount -> {
			assertThat(mount).endsWith(":/data/db");
			assertThat(volumes).containsKey(mount.substring(0, mount.indexOf(':')));
		});
	}

	@Test
	void startsTheAppOnlyOnceMongoIsHealthyAndKeepsItRunning() {
		Compose compose = Compose.parse(composeText);
		Map<String, Object> app = compose.service("app");
		assertThat(app.get("build")).as("app is built from the top-level Dockerfile").satisfiesAnyOf(
				build -> assertThat(build).isEqualTo("."),
				build -> assertThat(build).asInstanceOf(InstanceOfAssertFactories.MAP)
					.containsEntry("context", ".")
					.satisfies(map -> assertThat(map.getOrDefault("dockerfile", "Dockerfile")).isEqualTo("Dockerfile")));
		@SuppressWarnings("unchecked")
		Map<String, Object> dependsOn = (Map<String, Object>) app.get("depends_on");
		assertThat(dependsOn).containsKeys("mongo", "mailpit");
		assertThat(dependsOn.get("mongo")).isEqualTo(Map.of("condition", "service_healthy"));
		assertThat(app.get("restart")).isEqualTo("unless-stopped");
		assertThat(compose.healthcheck("app")).contains("/actuator/health");
	}

	// ---- what the app is given ----------------------------------------------------------------------------------

	@Test
	void givesTheAppEverySettingProductionModeNeeds() {
		checkProductionSettings(Compose.parse(composeText));
	}

	@Test
	void refusesToStartWithoutAFirstAdminAndHasNoDefaultPassword() {
		Compose compose = Compose.parse(composeText);
		checkAdminIsRequired(compose);
		assertThatThrownBy(() -> compose.resolvedEnvironment("app", Map.of("REACHGRAPH_ADMIN_EMAIL", "ops@example.test")))
			.as("without REACHGRAPH_ADMIN_PASSWORD compose stops").hasMessageContaining("REACHGRAPH_ADMIN_PASSWORD");
		assertThatThrownBy(() -> compose.resolvedEnvironment("app", Map.of("REACHGRAPH_ADMIN_PASSWORD", "long-enough-pw")))
			.as("without REACHGRAPH_ADMIN_EMAIL compose stops").hasMessageContaining("REACHGRAPH_ADMIN_EMAIL");
	}

	@Test
	void everyVariableIsRequiredOrHasADefaultDocumentedInProductionMd() {
		checkVariables(Compose.parse(composeText), productionDoc);
	}

	@Test
	void everyAppVariableNamesASettingTheAppDeclares() throws IOException {
		checkAppVariablesAreDeclared(Compose.parse(composeText));
	}

	@Test
	void springBootBindsTheAppVariablesToProductionMode() throws IOException {
		Binder binder = Binder.get(environmentOf(Compose.parse(composeText).resolvedEnvironment("app", OPERATOR)));

		assertThat(binder.bind("reachgraph.mongo", MongoEmbeddedProperties.class).get().embedded()).isFalse();
		assertThat(binder.bind("reachgraph.mail", EmbeddedMailProperties.class).get().embedded()).isFalse();

		MongoProperties mongo = binder.bind("spring.mongodb", MongoProperties.class).get();
		assertThat(URI.create(mongo.getUri()).getHost()).isEqualTo("mongo");
		assertThat(mongo.getUri()).contains("replicaSet=rs0");

		MailProperties mail = binder.bind("spring.mail", MailProperties.class).get();
		assertThat(mail.getHost()).isEqualTo("mailpit");
		assertThat(mail.getPort()).isEqualTo(1025);

		IdentityProperties identity = binder.bind("reachgraph.identity", IdentityProperties.class).get();
		assertThat(identity.adminEmail()).isEqualTo(OPERATOR.get("REACHGRAPH_ADMIN_EMAIL"));
		assertThat(identity.adminPassword()).isEqualTo(OPERATOR.get("REACHGRAPH_ADMIN_PASSWORD"));
	}

	// ---- the image ----------------------------------------------------------------------------------------------

	@Test
	void imageRunsTheJarTheBackendBuildProducesAsANonRootUser() {
		checkImage(Dockerfile.parse(dockerfileText), jarName);
	}

	@Test
	void imagePackagesTheBuiltWebUiIntoTheJar() {
		Dockerfile dockerfile = Dockerfile.parse(dockerfileText);
		Dockerfile.Stage jarStage = dockerfile.stageBuilding(jarName);
		assertThat(jarStage.from()).startsWith("maven:3.9-eclipse-temurin-17");
		Dockerfile.Instruction copy = jarStage.instructions().stream()
			.filter(i -> i.keyword().equals("COPY") && i.arguments().contains("--from=") && i.arguments().contains("dist"))
			.findFirst()
			.orElseGet(() -> fail("the jar's stage copies no built web-ui/dist from another stage"));
		assertThat(copy.arguments()).matches(".*\\sweb-ui/dist/?$");
		Dockerfile.Stage webUi = dockerfile.stage(copy.option("from"));
		assertThat(webUi.from()).startsWith("node:20");
		assertThat(webUi.runs()).anyMatch(run -> run.contains("npm ci")).anyMatch(run -> run.contains("npm run build"));
	}

	// ---- the checks can fail ------------------------------------------------------------------------------------

	@Test
	void checksRejectAStackWhoseMongoIsNoReplicaSet() {
		Compose broken = Compose.parse(composeText.replace("\"--replSet\", \"rs0\", ", ""));
		assertThatThrownBy(() -> checkMongoReplicaSet(broken)).isInstanceOf(AssertionError.class);
	}

	@Test
	void checksRejectADefaultAdminPassword() {
		Compose broken = Compose.parse(composeText.replaceFirst("\\$\\{REACHGRAPH_ADMIN_PASSWORD:\\?[^}]*}",
				Matcher.quoteReplacement("${REACHGRAPH_ADMIN_PASSWORD:-change-me-please}")));
		assertThatThrownBy(() -> checkAdminIsRequired(broken)).isInstanceOf(AssertionError.class);
	}

	@Test
	void checksRejectAVariableWithoutARequirementOrADocumentedDefault() {
		Compose bare = Compose.parse(composeText.replace("SPRING_MAIL_HOST: mailpit", "SPRING_MAIL_HOST: ${MAIL_HOST}"));
		assertThatThrownBy(() -> checkVariables(bare, productionDoc)).isInstanceOf(AssertionError.class);
		Compose undocumented = Compose.parse(
				composeText.replace("SPRING_MAIL_HOST: mailpit", "SPRING_MAIL_HOST: ${UNDOCUMENTED_MAIL_HOST:-mailpit}"));
		assertThatThrownBy(() -> checkVariables(undocumented, productionDoc)).isInstanceOf(AssertionError.class);
	}

	@Test
	void checksRejectAVariableNameTheAppDoesNotRead() {
		Compose misspelt = Compose.parse(composeText.replace("REACHGRAPH_MONGO_EMBEDDED:", "REACHGRAPH_MONGO_EMBEDED:"));
		assertThatThrownBy(() -> checkAppVariablesAreDeclared(misspelt)).isInstanceOf(AssertionError.class);
		Compose boot3 = Compose.parse(composeText.replace("SPRING_MONGODB_URI:", "SPRING_DATA_MONGODB_URI:"));
		assertThatThrownBy(() -> checkAppVariablesAreDeclared(boot3)).as("Boot 4 ignores spring.data.mongodb.uri")
			.isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> checkProductionSettings(misspelt)).isInstanceOf(AssertionError.class);
	}

	@Test
	void checksRejectAnImageRunningAsRootOrAnotherJar() {
		Dockerfile asRoot = Dockerfile.parse(dockerfileText.replaceAll("(?m)^USER .*$", "USER root"));
		assertThatThrownBy(() -> checkImage(asRoot, jarName)).isInstanceOf(AssertionError.class);
		Dockerfile noUser = Dockerfile.parse(dockerfileText.replaceAll("(?m)^USER .*$", ""));
		assertThatThrownBy(() -> checkImage(noUser, jarName)).isInstanceOf(AssertionError.class);
		assertThatThrownBy(() -> checkImage(Dockerfile.parse(dockerfileText), "reachgraph-backend-0.1.0-SNAPSHOT.jar"))
			.isInstanceOf(AssertionError.class);
	}

	// ---- checks -------------------------------------------------------------------------------------------------

	private static void checkMongoReplicaSet(Compose compose) {
		List<String> command = compose.strings(compose.service("mongo").get("command"));
		int flag = command.indexOf("--replSet");
		assertThat(flag).as("mongo runs with --replSet NAME: %s", command).isNotNegative().isLessThan(command.size() - 1);
		String replicaSet = command.get(flag + 1);
		assertThat(command).contains("--bind_ip_all");

		String health = compose.healthcheck("mongo");
		assertThat(health).contains("mongosh", "--eval", "rs.initiate(", "rs.status()");
		assertThat(health).as("initiates the replica set named by --replSet, with this service as its member")
			.contains("_id: '" + replicaSet + "'")
			.contains("host: 'mongo:27017'");
		assertThat(health).as("healthy only when PRIMARY").containsAnyOf("isWritablePrimary", "PRIMARY");

		String uri = compose.resolvedEnvironment("app", OPERATOR).get("SPRING_MONGODB_URI");
		assertThat(uri).as("the app joins the same replica set").contains("replicaSet=" + replicaSet);
	}

	private static void checkProductionSettings(Compose compose) {
		Map<String, String> env = compose.resolvedEnvironment("app", OPERATOR);
		assertThat(env).containsEntry("REACHGRAPH_MONGO_EMBEDDED", "false")
			.containsEntry("REACHGRAPH_MAIL_EMBEDDED", "false")
			.containsEntry("SPRING_MAIL_HOST", "mailpit")
			.containsEntry("SPRING_MAIL_PORT", "1025")
			.containsKeys("SPRING_MONGODB_URI", "REACHGRAPH_ADMIN_EMAIL", "REACHGRAPH_ADMIN_PASSWORD");
		URI mongo = URI.create(env.get("SPRING_MONGODB_URI"));
		assertThat(mongo.getScheme()).isEqualTo("mongodb");
		assertThat(mongo.getHost() + ":" + (mongo.getPort() < 0 ? 27017 : mongo.getPort())).isEqualTo("mongo:27017");
		assertThat(mongo.getPath()).isEqualTo("/reachgraph");
		assertThat(mongo.getQuery()).contains("replicaSet=");
		assertThat(compose.services()).containsKey(env.get("SPRING_MAIL_HOST"));
	}

	private static void checkAdminIsRequired(Compose compose) {
		Map<String, String> raw = compose.environment("app");
		for (String name : List.of("REACHGRAPH_ADMIN_EMAIL", "REACHGRAPH_ADMIN_PASSWORD")) {
			assertThat(raw.get(name)).as("%s must use compose's required form ${%s:?message}", name, name)
				.matches(Pattern.quote("${" + name + ":?") + "[^}]+}");
		}
	}

	private static void checkVariables(Compose compose, String documentation) {
		List<String> problems = new ArrayList<>();
		for (VariableReference ref : compose.variableReferences()) {
			if (ref.required()) {
				continue;
			}
			if (!ref.hasDefault()) {
				problems.add("${" + ref.name() + "} is neither required (:?) nor given a default (:-)");
			}
			else if (!documentation.contains(ref.name())) {
				problems.add(ref.name() + " has a default but docs/production.md does not mention it");
			}
		}
		assertThat(problems).as("variables in docker-compose.yml").isEmpty();
	}

	private static void checkAppVariablesAreDeclared(Compose compose) throws IOException {
		DeclaredProperties declared = DeclaredProperties.load();
		Map<String, String> placeholders = applicationYmlPlaceholders();
		Map<String, String> unmapped = new TreeMap<>();
		for (String variable : compose.environment("app").keySet()) {
			String property = placeholders.containsKey(variable) ? placeholders.get(variable)
					: declared.propertyFor(variable);
			if (property == null || !declared.contains(property)) {
				unmapped.put(variable, property == null ? "no declared property" : property + " is not declared");
			}
		}
		assertThat(unmapped).as("app variables that reach no setting the app reads").isEmpty();
	}

	private static void checkImage(Dockerfile dockerfile, String jar) {
		Dockerfile.Stage last = dockerfile.finalStage();
		String user = last.last("USER");
		assertThat(user).as("the final stage sets a USER").isNotNull();
		assertThat(user.split(":")[0]).as("the final stage's user").isNotIn("root", "0");

		Dockerfile.Instruction copy = last.instructions().stream()
			.filter(i -> i.keyword().equals("COPY") && i.option("from") != null)
			.filter(i -> i.paths().size() == 2 && i.paths().get(0).endsWith("/backend/target/" + jar))
			.findFirst()
			.orElseGet(() -> fail("the final stage copies no backend/target/" + jar + " from a build stage"));
		Dockerfile.Stage built = dockerfile.stage(copy.option("from"));
		assertThat(built.runs()).as("the stage it comes from builds it").anyMatch(r -> r.contains("mvnw") && r.contains("package"));
		String target = copy.paths().get(1).endsWith("/") ? copy.paths().get(1) + jar : copy.paths().get(1);

		String entrypoint = last.last("ENTRYPOINT");
		assertThat(entrypoint).as("the final stage runs the copied jar").isNotNull().contains("\"-jar\"").contains(target);
		assertThat(entrypoint).contains("-XX:MaxRAMPercentage=");
		assertThat(last.last("EXPOSE")).isEqualTo("8080");
		assertThat(last.last("HEALTHCHECK")).contains("/actuator/health");
		assertThat(last.from()).startsWith("eclipse-temurin:17-jre");
	}

	// ---- helpers ------------------------------------------------------------------------------------------------

	/** Boot's environment as the container would give it: compose's variables over application.yml. */
	private static StandardEnvironment environmentOf(Map<String, String> variables) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		MutablePropertySources sources = environment.getPropertySources();
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		// this name makes Boot apply its environment-variable mapping (SPRING_MAIL_HOST -> spring.mail.host)
		sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				new HashMap<>(variables)));
		for (PropertySource<?> yml : new YamlPropertySourceLoader().load("application.yml",
				new ClassPathResource("application.yml"))) {
			sources.addLast(yml);
		}
		return environment;
	}

	/** {@code NAME -> property} for each {@code ${NAME...}} placeholder in application.yml. */
	private static Map<String, String> applicationYmlPlaceholders() throws IOException {
		Map<String, String> placeholders = new HashMap<>();
		for (PropertySource<?> yml : new YamlPropertySourceLoader().load("application.yml",
				new ClassPathResource("application.yml"))) {
			for (String property : ((EnumerablePropertySource<?>) yml).getPropertyNames()) {
				Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)[:}]").matcher(String.valueOf(yml.getProperty(property)));
				while (m.find()) {
					placeholders.put(m.group(1), property);
				}
			}
		}
		return placeholders;
	}

	/** One {@code $NAME} / {@code ${NAME<op>argument}} in the compose file. */
	record VariableReference(String name, String operator, String argument) {

		boolean required() {
			return "?".equals(operator) || ":?".equals(operator);
		}

		boolean hasDefault() {
			return "-".equals(operator) || ":-".equals(operator);
		}

	}

	/** docker-compose.yml, parsed, with compose's variable interpolation. */
	record Compose(Map<String, Object> root) {

		static Compose parse(String text) {
			return new Compose(new Yaml().load(text));
		}

		@SuppressWarnings("unchecked")
		Map<String, Object> services() {
			return (Map<String, Object>) root.get("services");
		}

		@SuppressWarnings("unchecked")
		Map<String, Object> service(String name) {
			Object service = services().get(name);
			assertThat(service).as("service %s", name).isInstanceOf(Map.class);
			return (Map<String, Object>) service;
		}

		/** The service's environment as written (map or list form). */
		Map<String, String> environment(String service) {
			Object environment = service(service).get("environment");
			Map<String, String> result = new LinkedHashMap<>();
			if (environment instanceof Map<?, ?> map) {
				map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
			}
			else {
				for (String entry : strings(environment)) {
					int eq = entry.indexOf('=');
					result.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? null : entry.substring(eq + 1));
				}
			}
			return result;
		}

		/** The environment the container gets, with {@code shell} as the variables of the shell running compose. */
		Map<String, String> resolvedEnvironment(String service, Map<String, String> shell) {
			Map<String, String> result = new LinkedHashMap<>();
			environment(service).forEach((k, v) -> result.put(k, v == null ? shell.get(k) : interpolate(v, shell)));
			return result;
		}

		String healthcheck(String service) {
			Object healthcheck = service(service).get("healthcheck");
			assertThat(healthcheck).as("%s has a healthcheck", service).isInstanceOf(Map.class);
			return String.join(" ", strings(((Map<?, ?>) healthcheck).get("test")));
		}

		List<String> publishedPorts(String service) {
			return strings(service(service).get("ports")).stream().map(p -> interpolate(p, Map.of())).toList();
		}

		List<String> strings(Object value) {
			if (value == null) {
				return List.of();
			}
			if (value instanceof Collection<?> list) {
				return list.stream().map(String::valueOf).toList();
			}
			return List.of(String.valueOf(value).trim().split("\\s+"));
		}

		List<VariableReference> variableReferences() {
			List<VariableReference> references = new ArrayList<>();
			collect(root, references);
			return references;
		}

		private static void collect(Object node, List<VariableReference> references) {
			if (node instanceof Map<?, ?> map) {
				map.values().forEach(v -> collect(v, references));
			}
			else if (node instanceof Collection<?> list) {
				list.forEach(v -> collect(v, references));
			}
			else if (node instanceof String text) {
				Matcher m = VARIABLE.matcher(text);
				while (m.find()) {
					if (m.group(1) == null) {
						String name = m.group(2) != null ? m.group(2) : m.group(5);
						references.add(new VariableReference(name, m.group(3), m.group(4)));
					}
				}
			}
		}

		/** Compose's interpolation: $$, $NAME, ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ... */
		static String interpolate(String text, Map<String, String> shell) {
			Matcher m = VARIABLE.matcher(text);
			StringBuilder out = new StringBuilder();
			while (m.find()) {
				String value;
				if (m.group(1) != null) {
					value = "$";
				}
				else {
					String name = m.group(2) != null ? m.group(2) : m.group(5);
					String operator = m.group(3);
					String argument = m.group(4);
					String set = shell.get(name);
					boolean unsetOrEmpty = set == null || set.isEmpty();
					value = switch (operator == null ? "" : operator) {
						case ":-" -> unsetOrEmpty ? argument : set;
						case "-" -> set == null ? argument : set;
						case ":?" -> {
							if (unsetOrEmpty) {
								throw new IllegalStateException("required variable " + name + " is missing: " + argument);
							}
							yield set;
						}
						case "?" -> {
							if (set == null) {
								throw new IllegalStateException("required variable " + name + " is missing: " + argument);
							}
							yield set;
						}
						case ":+" -> unsetOrEmpty ? "" : argument;
						case "+" -> set == null ? "" : argument;
						default -> set == null ? "" : set;
					};
				}
				m.appendReplacement(out, Matcher.quoteReplacement(value));
			}
			m.appendTail(out);
			return out.toString();
		}

	}

	/** The Dockerfile: stages of instructions (continuation lines joined, comments dropped). */
	record Dockerfile(List<Stage> stages) {

		record Instruction(String keyword, String arguments) {

			/** {@code --name=value} option, or null. */
			String option(String name) {
				Matcher m = Pattern.compile("--" + name + "=(\\S+)").matcher(arguments);
				return m.find() ? m.group(1) : null;
			}

			/** Arguments that are not {@code --options}. */
			List<String> paths() {
				return List.of(arguments.split("\\s+")).stream().filter(a -> !a.startsWith("--")).toList();
			}

		}

		record Stage(String from, String name, List<Instruction> instructions) {

			String last(String keyword) {
				String value = null;
				for (Instruction instruction : instructions) {
					if (instruction.keyword().equals(keyword)) {
						value = instruction.arguments();
					}
				}
				return value;
			}

			List<String> runs() {
				return instructions.stream().filter(i -> i.keyword().equals("RUN")).map(Instruction::arguments).toList();
			}

		}

		static Dockerfile parse(String text) {
			List<Stage> stages = new ArrayList<>();
			StringBuilder logical = new StringBuilder();
			List<String> lines = new ArrayList<>();
			for (String line : text.split("\\R")) {
				if (line.stripLeading().startsWith("#")) {
					continue;
				}
				if (line.endsWith("\\")) {
					logical.append(line, 0, line.length() - 1).append(' ');
					continue;
				}
				logical.append(line);
				if (!logical.toString().isBlank()) {
					lines.add(logical.toString().strip());
				}
				logical.setLength(0);
			}
			for (String line : lines) {
				String[] parts = line.split("\\s+", 2);
				Instruction instruction = new Instruction(parts[0].toUpperCase(Locale.ROOT),
						parts.length > 1 ? parts[1].strip().replaceAll("\\s+", " ") : "");
				if (instruction.keyword().equals("FROM")) {
					String[] from = instruction.arguments().split("\\s+");
					String image = from[0].startsWith("--") ? from[1] : from[0];
					String alias = from.length >= 3 && from[from.length - 2].equalsIgnoreCase("AS") ? from[from.length - 1] : null;
					stages.add(new Stage(image, alias, new ArrayList<>()));
				}
				else {
					assertThat(stages).as("an instruction before the first FROM: %s", line).isNotEmpty();
					stages.get(stages.size() - 1).instructions().add(instruction);
				}
			}
			return new Dockerfile(stages);
		}

		Stage finalStage() {
			assertThat(stages).as("Dockerfile stages").isNotEmpty();
			return stages.get(stages.size() - 1);
		}

		Stage stage(String name) {
			return stages.stream()
				.filter(s -> name.equals(s.name()))
				.findFirst()
				.orElseGet(() -> fail("no stage named " + name));
		}

		Stage stageBuilding(String jar) {
			return stage(finalStage().instructions().stream()
				.filter(i -> i.keyword().equals("COPY") && i.arguments().contains(jar))
				.map(i -> i.option("from"))
				.filter(Objects::nonNull)
				.findFirst()
				.orElseGet(() -> fail("the final stage copies no " + jar)));
		}

	}

	/**
	 * Every setting the app reads: its own {@code @ConfigurationProperties} records under {@code io.reachgraph}, and
	 * Spring Boot's from the configuration metadata in its jars (minus those Boot 4 removed, deprecated at level error).
	 */
	record DeclaredProperties(Set<String> names, Set<String> mapPrefixes) {

		static DeclaredProperties load() throws IOException {
			Set<String> names = new HashSet<>();
			Set<String> mapPrefixes = new HashSet<>();
			Set<String> removed = new HashSet<>();
			JsonMapper json = JsonMapper.builder().build();
			ClassLoader loader = DockerComposeTests.class.getClassLoader();
			for (String resource : List.of("META-INF/spring-configuration-metadata.json",
					"META-INF/additional-spring-configuration-metadata.json")) {
				Enumeration<URL> urls = loader.getResources(resource);
				while (urls.hasMoreElements()) {
					try (InputStream in = urls.nextElement().openStream()) {
						for (JsonNode property : json.readTree(in).path("properties")) {
							String name = property.path("name").asString();
							if ("error".equals(property.path("deprecation").path("level").asString(""))) {
								removed.add(name);
								continue;
							}
							names.add(name);
							if (property.path("type").asString("").startsWith("java.util.Map")) {
								mapPrefixes.add(name);
							}
						}
					}
				}
			}
			names.removeAll(removed);
			ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
			scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
			Set<BeanDefinition> candidates = scanner.findCandidateComponents("io.reachgraph");
			assertThat(candidates).as("the app's @ConfigurationProperties classes").isNotEmpty();
			for (BeanDefinition candidate : candidates) {
				Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), loader);
				ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
				String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
				assertThat(type.isRecord()).as("%s is a record", type).isTrue();
				for (RecordComponent component : type.getRecordComponents()) {
					String name = prefix + "." + component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
					names.add(name);
					if (Map.class.isAssignableFrom(component.getType())) {
						mapPrefixes.add(name);
					}
				}
			}
			return new DeclaredProperties(names, mapPrefixes);
		}

		boolean contains(String property) {
			return names.contains(property)
					|| mapPrefixes.stream().anyMatch(prefix -> property.startsWith(prefix + "."));
		}

		/** The declared property an environment variable binds to (Boot's rule), or null. */
		String propertyFor(String variable) {
			for (String name : names) {
				if (environmentName(name).equals(variable)) {
					return name;
				}
			}
			for (String prefix : mapPrefixes) {
				if (variable.startsWith(environmentName(prefix) + "_")) {
					return prefix + "." + variable.substring(environmentName(prefix).length() + 1).toLowerCase(Locale.ROOT);
				}
			}
			return null;
		}

		/** spring.mail.host -> SPRING_MAIL_HOST; reachgraph.mongo.bind-address -> REACHGRAPH_MONGO_BINDADDRESS. */
		static String environmentName(String property) {
			return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
		}

	}

}
