package org.marsad.web;

import java.time.Duration;
import java.time.Instant;

/**
 * How long ago something happened, in Arabic, the unit's noun agreeing with its number ({@link
 * ArabicCount}): منذ دقيقة، منذ ساعتين، منذ 3 ساعات، منذ 11 ساعة، منذ 12 يومًا. Minutes under an
 * hour, hours under a day, days under 30, then months (30 days) under a year (365 days), then
 * years. Under a minute, or in the future (a source's clock ahead of ours): الآن.
 */
final class RelativeTime {
  static final String NOW = "الآن";

  private RelativeTime() {}

  /** How long before {@code now} {@code then} was, e.g. "منذ 3 ساعات"; empty when then is null. */
  static String ago(Instant then, Instant now, boolean arabicDigits) {
    if (then == null) {
      return "";
    }
    long minutes = Duration.between(then, now).toMinutes();
    if (minutes < 1) {
      return NOW;
    }
    long hours = minutes / 60;
    long days = hours / 24;
    String phrase;
    if (hours < 1) {
      phrase = ArabicCount.of(minutes, ArabicCount.MINUTE);
    } else if (days < 1) {
      phrase = ArabicCount.of(hours, ArabicCount.HOUR);
    } else if (days < 30) {
      phrase = ArabicCount.of(days, ArabicCount.DAY);
    } else if (days < 365) {
      phrase = ArabicCount.of(days / 30, ArabicCount.MONTH);
    } else {
      phrase = ArabicCount.of(days / 365, ArabicCount.YEAR);
    }
    String text = "منذ " + phrase;
    return arabicDigits ? Digits.arabicIndic(text) : text;
  }
}
