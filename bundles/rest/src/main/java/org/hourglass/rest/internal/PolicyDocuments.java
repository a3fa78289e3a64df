package org.hourglass.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds each ACTIVE policy's operations to the core OpenAPI document: the policy's root class is read on its own (its
 * class {@code @Path} is {@code v1/policies/{code}}), annotated with {@code x-roles}, and its schemas are namespaced
 * {@code <code>.Name} (every {@code $ref} rewritten), so two policies' {@code ClassEstimate}s never collide with each
 * other or with core's.
 */
final class PolicyDocuments {
    private static final String SCHEMA_REF = "#/components/schemas/";

    private PolicyDocuments() {
    }

    static void merge(ObjectNode document, Map<String, Class<?>> roots) {
        for (Map.Entry<String, Class<?>> root : roots.entrySet()) {
            OpenAPI policy = new Reader(new OpenAPI()).read(Set.of(root.getValue()));
            DeclaredRoles.annotate(policy, Set.of(root.getValue()));
            ObjectNode tree = Json.mapper().valueToTree(policy);
            rename(tree, root.getKey() + ".");
            copy(tree.path("paths"), document.with("paths"));
            copy(tree.path("components").path("schemas"), document.with("components").with("schemas"));
        }
    }

    private static void copy(JsonNode from, ObjectNode into) {
        if (from instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> into.set(e.getKey(), e.getValue()));
        }
    }

    /** Prefixes every schema name and every reference to one. */
    private static void rename(ObjectNode tree, String prefix) {
        JsonNode schemas = tree.path("components").path("schemas");
        if (schemas instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                object.set(prefix + name, object.remove(name));
            }
        }
        rewriteRefs(tree, prefix);
    }

    private static void rewriteRefs(JsonNode node, String prefix) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                object.set("$ref", TextNode.valueOf(SCHEMA_REF + prefix + ref.asText().substring(SCHEMA_REF.length())));
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext();) {
                rewriteRefs(it.next(), prefix);
            }
        } else if (node != null && node.isArray()) {
            node.forEach(n -> rewriteRefs(n, prefix));
        }
    }
}
