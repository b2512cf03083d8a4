package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;

/**
 * Layouts that a block-by-block score misjudges: list articles, product boxes, result tables and
 * pages showing several articles. Each page is written here in the shape such sites use.
 */
class ArticleLayoutsTest {

  private static final String INTRO =
      "Eating before a workout is one of the most common questions we hear from readers who"
          + " train early in the morning, so we asked our nutrition team for a plan.";
  private static final String MIDDLE =
      "The plan below is built around three moments of the day, and each one has a simple rule"
          + " that is easy to remember when you are in a hurry.";
  private static final String OUTRO =
      "None of this replaces the advice of a doctor, but most of our readers found that the"
          + " routine made their workouts feel easier within a couple of weeks.";

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private ExtractedArticle extract(String html) {
    return extractor.extract(
        new Page(html.getBytes(StandardCharsets.UTF_8), null, "https://site.example/a", false));
  }

  private static String page(String article) {
    return page(article, "");
  }

  private static String page(String article, String besideArticle) {
    return "<html><head><title>Meal prep</title></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/blog'>Blog</a></nav>"
        + "<div class='post'>"
        + article
        + "</div>"
        + besideArticle
        + "<footer><a href='/privacy'>Privacy</a></footer></body></html>";
  }

  @Test
  void shortLinesBetweenParagraphsAreKept() {
    ExtractedArticle a =
        extract(
            page(
                "<p>"
                    + INTRO
                    + "</p><p><strong>Eat 60-90 minutes before your workout</strong></p>"
                    + "<p>"
                    + MIDDLE
                    + "</p><ul><li>Oatmeal with berries</li><li>Two boiled eggs</li>"
                    + "<li>Bananas</li></ul><p>"
                    + OUTRO
                    + "</p>"));
    assertThat(a.paragraphs())
        .containsExactly(
            INTRO,
            "Eat 60-90 minutes before your workout",
            MIDDLE,
            "Oatmeal with berries",
            "Two boiled eggs",
            "Bananas",
            OUTRO);
  }

  @Test
  void shortLinesAtTheArticlesEdgesAreLeftOut() {
    ExtractedArticle a =
        extract(
            page(
                "<div class='by'>By Jane Doe</div><div>Nov 19, 2019 10:42 am</div><p>"
                    + INTRO
                    + "</p><p>"
                    + OUTRO
                    + "</p><div>Filed under Fitness</div>"));
    assertThat(a.paragraphs()).containsExactly(INTRO, OUTRO);
  }

  @Test
  void captionsAndAdvertisingLabelsBetweenParagraphsAreLeftOut() {
    ExtractedArticle a =
        extract(
            page(
                "<p>"
                    + INTRO
                    + "</p><div class='pic'><img src='/a.jpg' alt=''><span>Oatmeal with berries"
                    + " on a kitchen table</span></div><p>"
                    + MIDDLE
                    + "</p><div>Advertisement</div><p>"
                    + OUTRO
                    + "</p>"));
    assertThat(a.paragraphs()).containsExactly(INTRO, MIDDLE, OUTRO);
  }

  @Test
  void aNumberedRoundupOfLinkedStoriesIsTheArticle() {
    String[] items = {
      "The state attorney general is investigating the company.",
      "The mobile carrier's chief executive is stepping down in May.",
      "The investor wants the start-up to turn a profit by 2021."
    };
    String[] rests = {
      " The company confirmed it had been contacted by the office, which will look at its founder.",
      " He will hand over the reins to the chief operating officer after nine years in the job.",
      " He told its executives to look for new sources of revenue as the fund tries to rescue it."
    };
    StringBuilder list = new StringBuilder("<ol>");
    for (int i = 0; i < items.length; i++) {
      list.append("<li><strong><a href='/story-")
          .append(i)
          .append("'>")
          .append(items[i])
          .append("</a></strong>")
          .append(rests[i])
          .append("</li>");
    }
    list.append("</ol>");
    ExtractedArticle a =
        extract(page("<p>Good morning! This is the tech news you need to know today.</p>" + list));
    assertThat(a.paragraphs())
        .containsExactly(
            "Good morning! This is the tech news you need to know today.",
            items[0] + rests[0],
            items[1] + rests[1],
            items[2] + rests[2]);
  }

  @Test
  void teasersOfOtherStoriesBesideTheArticleAreLeftOut() {
    StringBuilder list = new StringBuilder("<ul>");
    for (int i = 0; i < 3; i++) {
      list.append("<li><a href='/other-")
          .append(i)
          .append("'>Another story on the site, number ")
          .append(i)
          .append("</a> A short excerpt of that other story, written to make you click it.</li>");
    }
    list.append("</ul>");
    ExtractedArticle a =
        extract(page("<p>" + INTRO + "</p><p>" + OUTRO + "</p>", "<div>" + list + "</div>"));
    assertThat(a.paragraphs()).containsExactly(INTRO, OUTRO);
  }

  private static String post(String tag, String title, String text) {
    return "<article class='post'>"
        + tag
        + title
        + "</"
        + tag.substring(1)
        + "<p>"
        + text
        + "</p>"
        + "</article>";
  }

  @Test
  void ofSeveralFullPostsInOneColumnThePageIsTheOneUnderItsHeadline() {
    String others =
        "<article class='more'><h3>You may also like</h3>"
            + post("<h2>", "Morning routines", MIDDLE + " " + MIDDLE)
            + post("<h2>", "Sleep first", OUTRO + " " + OUTRO)
            + post("<h2>", "Walk more", MIDDLE + " " + OUTRO)
            + "</article>";
    ExtractedArticle a =
        extract(
            "<html><head><title>Meal prep</title></head><body><div id='primary'>"
                + post("<h1>", "Meal prep", INTRO + " " + OUTRO)
                + others
                + "</div></body></html>");
    assertThat(a.paragraphs()).containsExactly(INTRO + " " + OUTRO);
  }

  @Test
  void aHeadlineArticleThatIsOnlyAHeaderKeepsTheWholeContainer() {
    ExtractedArticle a =
        extract(
            "<html><head><title>Meal prep</title></head><body><div id='primary'>"
                + post("<h1>", "Meal prep", INTRO)
                + "<article><p>"
                + MIDDLE
                + "</p><p>"
                + OUTRO
                + "</p></article></div></body></html>");
    assertThat(a.paragraphs()).containsExactly(INTRO, MIDDLE, OUTRO);
  }

  @Test
  void aTagLineInsideTheArticlesOwnBlockIsLeftOutAndGivesTheTags() {
    ExtractedArticle a =
        extract(
            page(
                "<p>"
                    + INTRO
                    + "</p><p>"
                    + OUTRO
                    + "</p><strong>Tags<br><a href='/tag/meal-prep' rel='tag'>meal prep</a>, "
                    + "<a href='/tag/workout' rel='tag'>workout nutrition</a>, "
                    + "<a href='/tag/breakfast' rel='tag'>early breakfast</a></strong>"));
    assertThat(a.paragraphs()).containsExactly(INTRO, OUTRO);
    assertThat(a.pageTags()).containsExactly("meal prep", "workout nutrition", "early breakfast");
  }

  @Test
  void aLinkInsideASentenceIsKeptWhateverItsClassSays() {
    String sentence =
        "So-called <a class='external-link' href='https://other.example/neo-banks'>neo-banks</a>,"
            + " or challenger banks, have been all the rage in Europe and Australia for years.";
    ExtractedArticle a = extract(page("<p>" + INTRO + "</p><p>" + sentence + "</p>"));
    assertThat(a.paragraphs())
        .containsExactly(
            INTRO,
            "So-called neo-banks, or challenger banks, have been all the rage in Europe and"
                + " Australia for years.");
  }
}
