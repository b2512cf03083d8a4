package org.marsad.web;

/**
 * A number with its counted noun in the form Arabic gives it (العدد والمعدود): 1 and 2 have words
 * of their own (ساعة، ساعتين), 3 to 10 take the plural (3 ساعات), 11 to 99 the singular in the
 * accusative (11 ساعة، 11 يومًا), and a round hundred, or a hundred and one or two, the singular
 * (100 يوم). The form follows the number's last two digits: 103 ساعات, 111 ساعة.
 */
final class ArabicCount {
  /**
   * The forms of a counted noun.
   *
   * @param one the phrase for one (ساعة)
   * @param two the phrase for two (ساعتين)
   * @param plural after 3 to 10 (ساعات)
   * @param accusative after 11 to 99 (ساعة، يومًا)
   * @param singular after 100, 101, 102... (ساعة، يوم)
   */
  record Noun(String one, String two, String plural, String accusative, String singular) {}

  static final Noun MINUTE = new Noun("دقيقة", "دقيقتين", "دقائق", "دقيقة", "دقيقة");
  static final Noun HOUR = new Noun("ساعة", "ساعتين", "ساعات", "ساعة", "ساعة");
  static final Noun DAY = new Noun("يوم", "يومين", "أيام", "يومًا", "يوم");
  static final Noun MONTH = new Noun("شهر", "شهرين", "أشهر", "شهرًا", "شهر");
  static final Noun YEAR = new Noun("سنة", "سنتين", "سنوات", "سنة", "سنة");

  /** Sources standing alone (nominative): مصدر واحد، مصدران، 3 مصادر، 11 مصدرًا. */
  static final Noun SOURCE = new Noun("مصدر واحد", "مصدران", "مصادر", "مصدرًا", "مصدر");

  /** Articles standing alone (nominative): مقال واحد، مقالان، 3 مقالات، 11 مقالًا. */
  static final Noun ARTICLE = new Noun("مقال واحد", "مقالان", "مقالات", "مقالًا", "مقال");

  /** Mentions standing alone: إشارة واحدة، إشارتان، 3 إشارات، 11 إشارة. */
  static final Noun MENTION = new Noun("إشارة واحدة", "إشارتان", "إشارات", "إشارة", "إشارة");

  private ArabicCount() {}

  /** {@code n} with {@code noun} in the form that number takes; 0 counts as the singular. */
  static String of(long n, Noun noun) {
    if (n == 1) {
      return noun.one();
    }
    if (n == 2) {
      return noun.two();
    }
    long lastTwo = n % 100;
    String form;
    if (lastTwo >= 3 && lastTwo <= 10) {
      form = noun.plural();
    } else if (lastTwo >= 11) {
      form = noun.accusative();
    } else {
      form = noun.singular();
    }
    return n + " " + form;
  }

  static String sources(long n) {
    return of(n, SOURCE);
  }
}
