package org.hourglass.rest.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import org.hourglass.api.quantity.Hours;
import org.hourglass.api.quantity.Money;

/**
 * The platform's JSON rules (API.md conventions): money as a string with two decimals, hours as a
 * number with one decimal, ISO-8601 dates; strict input — unknown fields, duplicate keys, floats for
 * integers, nulls for primitives and nesting deeper than 64 are refused (400), never guessed.
 */
public final class JsonMapperFactory {
    static final int MAX_NESTING = 64;

    private JsonMapperFactory() {
    }

    public static ObjectMapper create() {
        SimpleModule quantities = new SimpleModule("hourglass-quantities");
        quantities.addSerializer(Money.class, new MoneySerializer());
        quantities.addDeserializer(Money.class, new MoneyDeserializer());
        quantities.addSerializer(Hours.class, new HoursSerializer());
        quantities.addDeserializer(Hours.class, new HoursDeserializer());
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(quantities)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxStringLength(1_000_000).maxNumberLength(40).build());
        return mapper;
    }

    static final class MoneySerializer extends JsonSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    /** Accepts {@code "75.00"} (the documented form) and plain numbers; refuses more than two decimals. */
    static final class MoneyDeserializer extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                return (Money) ctxt.handleUnexpectedToken(Money.class, p);
            }
            try {
                return Money.parse(p.getText().trim());
            } catch (IllegalArgumentException e) {
                return (Money) ctxt.handleWeirdStringValue(Money.class, p.getText(), "an amount of yuan with at most two decimals");
            }
        }
    }

    static final class HoursSerializer extends JsonSerializer<Hours> {
        @Override
        public void serialize(Hours value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeNumber(value.toBigDecimal());
        }
    }

    /** Accepts numbers with at most one decimal ({@code 40}, {@code 10.3}); refuses anything finer. */
    static final class HoursDeserializer extends JsonDeserializer<Hours> {
        @Override
        public Hours deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                return (Hours) ctxt.handleUnexpectedToken(Hours.class, p);
            }
            BigDecimal value = p.getDecimalValue();
            try {
                return Hours.of(value);
            } catch (IllegalArgumentException | ArithmeticException e) {
                return (Hours) ctxt.handleWeirdNumberValue(Hours.class, value, "hours have at most one decimal");
            }
        }
    }
}
