package org.marsad.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the site's name off a page title: "اسم الموقع - عنوان الخبر", "عنوان الخبر | اسم الموقع",
 * "عنوان الخبر - اسم الموقع نت".
 *
 * <p>Only with evidence, since a headline may itself hold a dash ("غزة - مراسلنا: ..."): the end
 * segment cut off is named by the site's own name (OpenGraph site name, JSON-LD publisher), or what
 * is left equals the page's {@code <h1>}. Without either the title is kept whole. Names are
 * compared normalized ({@link MatchText}), so hamza and teh marbuta spellings do not matter.
 */
final class SiteNameInTitle {

  /**
   * A pipe, or a dash, bullet or guillemet with spaces around it (a hyphen inside a word is not).
   */
  static final Pattern SEPARATOR = Pattern.compile("\\s*[|｜]\\s*|\\s+(?:[-–—•·«»~]|::)\\s+");

  /** Words an end segment may add to the site's name: "الجزيرة نت", "موقع الوطن الإلكتروني". */
  private static final int EXTRA_SITE_WORDS = 2;

  private SiteNameInTitle() {}

  /**
   * The title without the site's name at either end, or the title unchanged when nothing shows that
   * an end segment is the site's name.
   *
   * @param title the page title, may be null
   * @param siteName the name the page gives its site, may be null
   * @param h1 the text of the page's first {@code <h1>}, may be null
   */
  static String strip(String title, String siteName, String h1) {
    if (title == null) {
      return null;
    }
    String site = key(siteName);
    String heading = key(h1);
    String out = title;
    int[] last = lastSeparator(out);
    if (last != null
        && isSiteName(out.substring(last[1]), out.substring(0, last[0]), site, heading)) {
      out = out.substring(0, last[0]);
    }
    Matcher first = SEPARATOR.matcher(out);
    if (first.find()
        && isSiteName(out.substring(0, first.start()), out.substring(first.end()), site, heading)) {
      out = out.substring(first.end());
    }
    return out.strip();
  }

  /** Start and end of the last separator, or null. */
  static int[] lastSeparator(String title) {
    Matcher m = SEPARATOR.matcher(title);
    int[] last = null;
    while (m.find()) {
      last = new int[] {m.start(), m.end()};
    }
    return last;
  }

  private static boolean isSiteName(String segment, String rest, String site, String heading) {
    String seg = key(segment);
    String kept = key(rest);
    if (seg.isEmpty() || !hasLetter(kept)) {
      return false;
    }
    if (!heading.isEmpty() && kept.equals(heading) && !seg.equals(heading)) {
      return true;
    }
    if (site.isEmpty()) {
      return false;
    }
    if (seg.equals(site)) {
      return true;
    }
    int extra = words(seg) - words(site);
    return seg.contains(site) && extra <= EXTRA_SITE_WORDS
        || site.contains(seg) && seg.length() >= Math.min(site.length(), 3) && words(seg) <= 3;
  }

  /** The normalized form names and segments are compared in ("" for null or blank). */
  static String key(String s) {
    if (s == null || s.isBlank()) {
      return "";
    }
    return MatchText.key(s).replaceAll("\\s+", " ").strip();
  }

  private static int words(String s) {
    return s.isEmpty() ? 0 : s.split(" ").length;
  }

  static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
