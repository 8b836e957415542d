package cn.liangxin.graph.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema is the API's documentation (GraphiQL shows it, clients generate from it):
 * every type, field, argument, input field and enum value says what it is.
 */
class SchemaDescriptionsTests {

	@Test
	void everySchemaElementHasADescription() throws IOException {
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/graphql"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				registry.merge(new SchemaParser().parse(Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		List<String> missing = new ArrayList<>();
		for (TypeDefinition<?> type : registry.types().values()) {
			check(missing, type.getName(), description(type));
			if (type instanceof ObjectTypeDefinition object) {
				fields(missing, type.getName(), object.getFieldDefinitions());
			}
			if (type instanceof InputObjectTypeDefinition input) {
				input.getInputValueDefinitions()
					.forEach(v -> check(missing, type.getName() + "." + v.getName(), v.getDescription()));
			}
			if (type instanceof EnumTypeDefinition enumType) {
				enumType.getEnumValueDefinitions()
					.forEach(v -> check(missing, type.getName() + "." + v.getName(), v.getDescription()));
			}
		}
		for (var extensions : registry.objectTypeExtensions().values()) {
			for (ObjectTypeExtensionDefinition extension : extensions) {
				fields(missing, extension.getName(), extension.getFieldDefinitions());
			}
		}
		assertThat(missing).as("schema elements without a description").isEmpty();
	}

	private static void fields(List<String> missing, String type, List<FieldDefinition> fields) {
		for (FieldDefinition field : fields) {
			check(missing, type + "." + field.getName(), field.getDescription());
			for (InputValueDefinition argument : field.getInputValueDefinitions()) {
				check(missing, type + "." + field.getName() + "(" + argument.getName() + ")",
						argument.getDescription());
			}
		}
	}

	private static Description description(TypeDefinition<?> type) {
		if (type instanceof ObjectTypeDefinition o) {
			return o.getDescription();
		}
		if (type instanceof InputObjectTypeDefinition i) {
			return i.getDescription();
		}
		if (type instanceof EnumTypeDefinition e) {
			return e.getDescription();
		}
		if (type instanceof graphql.language.ScalarTypeDefinition s) {
			return s.getDescription();
		}
		if (type instanceof graphql.language.InterfaceTypeDefinition i) {
			return i.getDescription();
		}
		if (type instanceof graphql.language.UnionTypeDefinition u) {
			return u.getDescription();
		}
		return null;
	}

	private static void check(List<String> missing, String element, Description description) {
		if (description == null || description.getContent().isBlank()) {
			missing.add(element);
		}
	}

}
