package io.reachgraph.collect.internal.social;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/** Lenient reads of optional fields and strict reads of required ones, for mapping API JSON. */
final class Json {

	private Json() {
	}

	/** The field's string value, or null when missing, null, not a string or blank. */
	static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || !value.isString()) {
			return null;
		}
		String text = value.stringValue();
		return text.isBlank() ? null : text;
	}

	/** The field's string value; a well-formed answer without it is wrong JSON. */
	static String required(JsonNode node, String field, URI source) {
		String text = text(node, field);
		if (text == null) {
			throw unexpected(source, "no \"" + field + "\" in " + abbreviate(node));
		}
		return text;
	}

	/** The field's array; a well-formed answer without it is wrong JSON. */
	static JsonNode array(JsonNode node, String field, URI source) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || !value.isArray()) {
			throw unexpected(source, "no \"" + field + "\" array");
		}
		return value;
	}

	/** A count, or null when missing or negative (some servers report -1 for hidden counts). */
	static Long count(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
			return null;
		}
		return value.longValue();
	}

	static boolean isTrue(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value != null && value.isBoolean() && value.booleanValue();
	}

	static Instant instant(JsonNode node, String field) {
		return instant(text(node, field));
	}

	/** An ISO 8601 instant with {@code Z} or an offset, else null. */
	static Instant instant(String text) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return Instant.parse(text);
			}
			catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	/** Well-formed JSON that is not what the API documents: retrying will not help. */
	static ConnectorFailure unexpected(URI source, String what) {
		return new ConnectorFailure("unexpected answer from " + source + ": " + what, false);
	}

	private static String abbreviate(JsonNode node) {
		String text = String.valueOf(node);
		return text.length() > 200 ? text.substring(0, 200) + "…" : text;
	}

}
