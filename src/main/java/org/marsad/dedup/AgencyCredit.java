package org.marsad.dedup;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.text.ArabicNormalizer;

/**
 * Finds the news agency a text credits ("(واس)", "(أ ف ب)", "رويترز", "وكالة الأنباء الجزائرية",
 * "QNA"...), so that a duplicate group can name the agency's own article as its original.
 *
 * <p>Only credits count, not mentions, and only in the first or last {@value #EDGE} characters,
 * where outlets put credit lines. A full agency name (three words or more) and "رويترز" or "فرانس
 * برس" count as words anywhere there; a short acronym ("واس", "قنا", "MAP") only in brackets, or
 * alone at the very start before a dash or colon ("واس - الرياض"), because inside a sentence it is
 * usually an ordinary word. No regular expressions: a handful of {@code indexOf} over 600 chars.
 */
public final class AgencyCredit {
  static final int EDGE = 300;

  /** An agency: the host of its own site and the credits that name it, as printed. */
  public enum Agency {
    SPA("spa.gov.sa", "واس", "وكالة الأنباء السعودية", "SPA"),
    APS("aps.dz", "وكالة الأنباء الجزائرية", "واج", "APS"),
    QNA("qna.org.qa", "قنا", "وكالة الأنباء القطرية", "QNA"),
    WAM("wam.ae", "وام", "وكالة أنباء الإمارات", "WAM"),
    MAP("mapexpress.ma", "لاماب", "وكالة المغرب العربي للأنباء", "MAP"),
    MENA("mena.org.eg", "أ ش أ", "وكالة أنباء الشرق الأوسط", "MENA"),
    PETRA("petra.gov.jo", "بترا", "وكالة الأنباء الأردنية", "Petra"),
    KUNA("kuna.net.kw", "كونا", "وكالة الأنباء الكويتية", "KUNA"),
    SANA("sana.sy", "سانا", "الوكالة العربية السورية للأنباء", "SANA"),
    REUTERS("reuters.com", "رويترز", "Reuters"),
    AFP("afp.com", "أ ف ب", "فرانس برس", "AFP"),
    AP("apnews.com", "أسوشيتد برس", "أسوشييتد برس", "AP");

    private final String host;
    private final List<String> credits;

    Agency(String host, String... credits) {
      this.host = host;
      this.credits = List.of(credits);
    }

    /** Whether {@code source} (an id, host or name) is this agency's own site or feed. */
    public boolean publishes(String source) {
      if (source == null) {
        return false;
      }
      String s = source.toLowerCase(Locale.ROOT);
      return s.equals(name().toLowerCase(Locale.ROOT)) || s.contains(host);
    }
  }

  private record Credit(Agency agency, String text, boolean name) {}

  private static final List<Credit> CREDITS =
      Arrays.stream(Agency.values())
          .flatMap(a -> a.credits.stream().map(c -> credit(a, c)))
          .toList();

  private AgencyCredit() {}

  /** The first agency credited in {@code text} (in {@link Agency} order), if any. */
  public static Optional<Agency> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return inNormalized(ArabicNormalizer.standard().normalize(text));
  }

  /** {@link #find} for text already normalized by the standard {@link ArabicNormalizer}. */
  static Optional<Agency> inNormalized(String normalized) {
    String s = normalized.strip();
    String edges =
        s.length() <= 2 * EDGE ? s : s.substring(0, EDGE) + "\n" + s.substring(s.length() - EDGE);
    edges = edges.toLowerCase(Locale.ROOT);
    for (Credit c : CREDITS) {
      for (int at = edges.indexOf(c.text()); at >= 0; at = edges.indexOf(c.text(), at + 1)) {
        if (credits(edges, at, at + c.text().length(), c.name())) {
          return Optional.of(c.agency());
        }
      }
    }
    return Optional.empty();
  }

  private static boolean credits(String s, int start, int end, boolean name) {
    if (end < s.length() && isWordChar(s.charAt(end))) {
      return false;
    }
    if (name) {
      int before = start;
      if (before > 0 && (s.charAt(before - 1) == 'و' || s.charAt(before - 1) == 'ل')) {
        before--;
      }
      return before == 0 || !isWordChar(s.charAt(before - 1));
    }
    if (start > 0 && isWordChar(s.charAt(start - 1))) {
      return false;
    }
    char previous = previousNonSpace(s, start);
    char next = nextNonSpace(s, end);
    return ((previous == '(' || previous == '[') && (next == ')' || next == ']'))
        || (previous == 0 && (next == '-' || next == ':'));
  }

  private static char previousNonSpace(String s, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!Character.isWhitespace(s.charAt(j))) {
        return s.charAt(j);
      }
    }
    return 0;
  }

  private static char nextNonSpace(String s, int i) {
    for (int j = i; j < s.length(); j++) {
      if (!Character.isWhitespace(s.charAt(j))) {
        return s.charAt(j);
      }
    }
    return 0;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static Credit credit(Agency agency, String printed) {
    String text = ArabicNormalizer.standard().normalize(printed).toLowerCase(Locale.ROOT);
    boolean name =
        text.split(" ").length >= 3 || printed.equals("رويترز") || printed.equals("فرانس برس");
    return new Credit(agency, text, name);
  }
}
