package org.marsad.web;

/**
 * What every page's layout needs besides its content: the title, whether the reader is a logged-in
 * admin (forms that change data are shown), the session's CSRF token for those forms (empty when
 * not logged in) and which digits numbers are written with.
 */
public record PageMeta(String title, boolean admin, String csrfToken, boolean arabicDigits) {
  public PageMeta {
    csrfToken = csrfToken == null ? "" : csrfToken;
  }

  /** {@code number} in the page's digits. */
  public String num(long number) {
    return digits(Long.toString(number));
  }

  /** {@code text} with its Latin digits written in the page's digits. */
  public String digits(String text) {
    return arabicDigits ? Digits.arabicIndic(text) : text;
  }
}
