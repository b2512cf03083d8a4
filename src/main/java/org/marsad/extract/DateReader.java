package org.marsad.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a date that a page carries in its metadata. The seam where a fuller parser (Arabic month
 * names, Hijri dates) plugs into {@link HtmlArticleExtractor}; the default, {@link #isoOrRfc()},
 * reads the machine forms JSON-LD and meta tags use.
 */
@FunctionalInterface
public interface DateReader {

  /** The instant {@code text} names, or empty when it is not a date this reader knows. */
  Optional<OffsetDateTime> read(String text);

  /**
   * ISO 8601 with an offset ({@code +03:00} or {@code +0300}), a zone, or none (read as UTC; a bare
   * date is midnight UTC), with {@code T} or a space between date and time; and RFC 1123.
   */
  static DateReader isoOrRfc() {
    DateTimeFormatter compactOffset =
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]xx");
    List<Function<String, OffsetDateTime>> forms =
        List.of(
            OffsetDateTime::parse,
            s -> ZonedDateTime.parse(s).toOffsetDateTime(),
            s -> OffsetDateTime.parse(s, compactOffset),
            s -> LocalDateTime.parse(s).atOffset(ZoneOffset.UTC),
            s -> LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC),
            s -> OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
    return text -> {
      if (text == null || text.isBlank()) {
        return Optional.empty();
      }
      String s = text.strip();
      if (s.length() > 10 && s.charAt(10) == ' ' && Character.isDigit(s.charAt(0))) {
        s = s.substring(0, 10) + 'T' + s.substring(11);
      }
      for (Function<String, OffsetDateTime> form : forms) {
        try {
          return Optional.of(form.apply(s));
        } catch (DateTimeParseException ignored) {
          // try the next form
        }
      }
      return Optional.empty();
    };
  }
}
