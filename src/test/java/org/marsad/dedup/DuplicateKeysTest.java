package org.marsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateKeysTest {
  private static final String WIRE =
      "أعلن مجلس الوزراء في جلسته الأسبوعية اليوم الموافقة على نظام جديد للاستثمار يهدف إلى"
          + " تحسين بيئة الأعمال وجذب رؤوس الأموال الأجنبية، وأوضح وزير الإعلام أن النظام يمنح"
          + " المستثمرين ضمانات قانونية أوسع ويختصر إجراءات الترخيص إلى أسبوعين بدلا من ثلاثة أشهر.";
  private static final String OTHER =
      "افتتحت وزارة الصحة اليوم مستشفى جديدا في مدينة صفاقس بطاقة استيعاب تبلغ مئتي سرير ويضم"
          + " أقساما للطب الباطني والجراحة والأطفال، وقال الوزير إن المستشفى سيخدم سكان الجهة"
          + " والولايات المجاورة وإن الأشغال استغرقت ثلاث سنوات بكلفة بلغت مئة مليون دينار.";

  @Test
  void aCopySeeksKeysItsOriginalIsFiledUnderAndAnotherStoryDoesNot() {
    List<String> filed = DuplicateKeys.filed("مجلس الوزراء يقر نظام الاستثمار", WIRE);
    List<String> copy = DuplicateKeys.sought("نظام جديد للاستثمار", "(وكالات) " + WIRE);
    List<String> other = DuplicateKeys.sought("افتتاح مستشفى في صفاقس", OTHER);

    assertThat(filed).isNotEmpty().anyMatch(copy::contains);
    assertThat(filed).noneMatch(other::contains);
  }

  @Test
  void keysAreTheDetectorsBuckets() {
    // the same copy the detector groups in memory is found through the keys
    DuplicateDetector detector = new DuplicateDetector(DedupConfig.defaults());
    detector.add(new DedupDoc("1", "الوكالة", "مجلس الوزراء يقر نظام الاستثمار", WIRE, null));
    DuplicateMatch match =
        detector.add(new DedupDoc("2", "الصحيفة", "نظام جديد للاستثمار", "(وكالات) " + WIRE, null));

    assertThat(match.groupId()).isEqualTo("1");
    assertThat(DuplicateKeys.filed("مجلس الوزراء يقر نظام الاستثمار", WIRE))
        .anyMatch(DuplicateKeys.sought("نظام جديد للاستثمار", "(وكالات) " + WIRE)::contains);
  }

  @Test
  void aShortBodySeeksEveryHeadlineAndIsFiledForShortBodiesToo() {
    List<String> filed = DuplicateKeys.filed("مجلس الوزراء يقر نظام الاستثمار الجديد", "قصير");
    List<String> sought = DuplicateKeys.sought("مجلس الوزراء يقر نظام الاستثمار الجديد", "قصير");

    assertThat(filed).anyMatch(k -> k.startsWith("t")).anyMatch(k -> k.startsWith("s"));
    assertThat(filed).noneMatch(k -> k.startsWith("b"));
    assertThat(sought).isNotEmpty().allMatch(k -> k.startsWith("t"));
    assertThat(DuplicateKeys.sought("مجلس الوزراء يقر نظام الاستثمار الجديد", WIRE))
        .as("an informative body seeks body bands and short-bodied headlines")
        .anyMatch(k -> k.startsWith("b"))
        .anyMatch(k -> k.startsWith("s"))
        .noneMatch(k -> k.startsWith("t"));
  }
}
