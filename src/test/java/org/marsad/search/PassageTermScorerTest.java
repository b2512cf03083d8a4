package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PassageTermScorerTest {
  private static final String[] TERMS = {"غزه", "قطاع", "هدنه", "مصر", "قاهره", "وفد"};

  @Test
  void scoresEveryPassageAsLucenesScorerDoes() {
    Random random = new Random(20_261_130L);
    PassageScorer lucene = new PassageScorer();
    PassageTermScorer ours = new PassageTermScorer();
    for (int round = 0; round < 2_000; round++) {
      Passage passage = new Passage();
      int start = random.nextInt(5_000);
      int length = 20 + random.nextInt(400);
      passage.setStartOffset(start);
      passage.setEndOffset(start + length);
      int matches = random.nextInt(12);
      for (int m = 0; m < matches; m++) {
        int term = random.nextInt(1 + random.nextInt(TERMS.length));
        int offset = start + random.nextInt(length - 5);
        // a term's frequency in the document is a property of the term, the same at every match
        passage.addMatch(offset, offset + 4, new BytesRef(TERMS[term]), 1 + term * 3);
      }
      int contentLength = start + length + random.nextInt(10_000);
      assertThat(ours.score(passage, contentLength))
          .as("round %d, %d matches", round, matches)
          .isEqualTo(lucene.score(passage, contentLength));
    }
  }

  @Test
  void aTermRepeatedInThePassageCountsOnceWithItsFrequency() {
    Passage once = new Passage();
    once.setStartOffset(0);
    once.setEndOffset(100);
    once.addMatch(10, 14, new BytesRef("غزه"), 3);
    Passage thrice = new Passage();
    thrice.setStartOffset(0);
    thrice.setEndOffset(100);
    for (int at : new int[] {10, 40, 70}) {
      thrice.addMatch(at, at + 4, new BytesRef("غزه"), 3);
    }
    PassageTermScorer scorer = new PassageTermScorer();
    float single = scorer.score(once, 1_000);
    float repeated = scorer.score(thrice, 1_000);
    assertThat(repeated).isGreaterThan(single).isLessThan(3 * single);
  }
}
