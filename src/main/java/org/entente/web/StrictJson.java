package org.entente.web;

import com.fasterxml.jackson.annotation.Nulls;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON as the API documents it, and nothing looser: a text is a JSON string (never a number or boolean
 * turned into one), free of characters PostgreSQL cannot store and within its limit ({@link Size#max()} on
 * the field, else {@link Texts#MAX}); a date is an ISO {@code YYYY-MM-DD} string between {@link #FIRST_YEAR}
 * and {@link #LAST_YEAR} (never a number of days); numbers and booleans are not read from strings, nor
 * integers from fractions; {@code null} inside a list or map is refused; nothing may follow the document.
 * A refusal names the field ({@code memberships[0].role}) in the 400 that {@link ApiProblems} writes.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2199;

  @Bean
  JsonMapperBuilderCustomizer strictJsonCustomizer() {
    return StrictJson::configure;
  }

  /** Applies the rules to a builder (also for tests and tools that build their own mapper). */
  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    var module = new SimpleModule("entente-strict-json");
    module.addDeserializer(String.class, new Text(Texts.MAX));
    module.addKeyDeserializer(String.class, new Key());
    module.addDeserializer(LocalDate.class, new Dates());
    return builder
        .addModule(module)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
        .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        // money travels as a decimal string ("750000.00") so that no client's binary float rounds it; a string that
        // is not a number is still refused (TryConvert fails on it)
        .withCoercionConfig(java.math.BigDecimal.class, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert))
        .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
  }

  /** A refusal with the message key (and arguments) the problem's {@code invalid-params} shows. */
  public static final class Refused extends MismatchedInputException {
    private final String messageKey;
    private final List<Object> arguments;

    Refused(JsonParser parser, String messageKey, Object... arguments) {
      super(parser, messageKey);
      this.messageKey = messageKey;
      this.arguments = List.of(arguments);
    }

    public String messageKey() {
      return messageKey;
    }

    public List<Object> arguments() {
      return arguments;
    }
  }

  /** A JSON string only, checked for its characters and its length. */
  static final class Text extends ValueDeserializer<String> {
    private final int max;

    Text(int max) {
      this.max = max;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
      if (property != null) {
        var size = property.getAnnotation(Size.class);
        if (size != null && size.max() < Integer.MAX_VALUE) {
          return new Text(size.max());
        }
      }
      return this;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw new Refused(parser, "problem.text");
      }
      var value = parser.getString();
      var characters = Texts.badCharacters(value);
      if (characters != null) {
        throw new Refused(parser, characters);
      }
      if (value.length() > max) {
        throw new Refused(parser, "problem.too-long", max);
      }
      return value;
    }
  }

  /** The key of a JSON object read as text: the same rules, at the limit of a name. */
  static final class Key extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
      if (Texts.badCharacters(key) != null || key.length() > 200) {
        throw new Refused(context.getParser(), "problem.characters");
      }
      return key;
    }
  }

  /** An ISO date string within the years a partnership can concern. */
  static final class Dates extends ValueDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw new Refused(parser, "problem.date");
      }
      var text = parser.getString().strip();
      if (text.length() != 10) {
        throw new Refused(parser, "problem.date");
      }
      LocalDate date;
      try {
        date = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new Refused(parser, "problem.date");
      }
      if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
        throw new Refused(parser, "problem.year", FIRST_YEAR, LAST_YEAR);
      }
      return date;
    }
  }
}
