package org.marsad.enrich;

import java.util.List;

/** A hand-written corpus of short sport and economy news, enough to train a two-label model. */
final class SmallCategoryCorpus {
  static final CategoryTrainer.Settings SETTINGS =
      new CategoryTrainer.Settings(14, 10_000, 20, 0.5, 1e-4, 7);

  static final List<CategoryExample> EXAMPLES =
      List.of(
          sport("فوز الأهلي على الزمالك", "سجل اللاعب هدفين في المباراة وتصدر الفريق الدوري"),
          sport("ريال مدريد يتأهل", "تأهل الفريق إلى نهائي البطولة بعد الفوز بثلاثة أهداف"),
          sport("مدرب المنتخب يعلن التشكيلة", "أعلن المدرب أسماء اللاعبين للمباراة الودية"),
          sport("الهلال بطلا للدوري", "توج الهلال بلقب الدوري بعد فوزه في المباراة الأخيرة"),
          sport("إصابة نجم الفريق", "يغيب اللاعب عن الملعب شهرا بسبب الإصابة في الركبة"),
          sport("كأس العالم", "المنتخبات تستعد للبطولة والجماهير تملأ الملعب"),
          economy("ارتفاع أسعار النفط", "ارتفعت أسعار النفط في الأسواق بعد قرار أوبك خفض الإنتاج"),
          economy("البنك المركزي يرفع الفائدة", "رفع البنك المركزي سعر الفائدة لكبح التضخم"),
          economy("تراجع البورصة", "تراجعت الأسهم في البورصة وخسر المستثمرون مليارات الدولارات"),
          economy("نمو الاقتصاد", "سجل الاقتصاد نموا في الناتج المحلي مع زيادة الصادرات"),
          economy("الموازنة العامة", "أقرت الحكومة الموازنة وخفضت العجز والدين العام"),
          economy("الدولار يرتفع", "ارتفع الدولار أمام العملات وهبطت أسعار الذهب في الأسواق"));

  private SmallCategoryCorpus() {}

  static LinearCategoryClassifier train() {
    return new CategoryTrainer(SETTINGS).train(EXAMPLES);
  }

  private static CategoryExample sport(String title, String body) {
    return new CategoryExample(title, body, "sport");
  }

  private static CategoryExample economy(String title, String body) {
    return new CategoryExample(title, body, "economy");
  }
}
