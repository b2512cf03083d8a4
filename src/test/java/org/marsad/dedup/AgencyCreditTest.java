package org.marsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.dedup.AgencyCredit.Agency;

class AgencyCreditTest {

  @Test
  void bracketedAcronymAtTheStart() {
    assertThat(AgencyCredit.find("الرياض (واس) - أكد مجلس الوزراء في جلسته اليوم..."))
        .contains(Agency.SPA);
    assertThat(AgencyCredit.find("الدوحة (قنا) - استقبل سمو الأمير...")).contains(Agency.QNA);
  }

  @Test
  void creditAtTheEnd() {
    assertThat(AgencyCredit.find("وقال المتحدث إن المحادثات ستستمر الأسبوع المقبل. (أ ف ب)"))
        .contains(Agency.AFP);
    assertThat(AgencyCredit.find("وأضاف المسؤول أن الحكومة تدرس الطلب [رويترز]"))
        .contains(Agency.REUTERS);
  }

  @Test
  void fullNamesAndSpelledOutWiresCountAsWords() {
    assertThat(AgencyCredit.find("ذكرت وكالة الأنباء الجزائرية أن الرئيس استقبل السفير"))
        .contains(Agency.APS);
    assertThat(AgencyCredit.find("نقلت رويترز عن مصادر مطلعة أن الاتفاق بات قريبا"))
        .contains(Agency.REUTERS);
    assertThat(AgencyCredit.find("وقال لوكالة فرانس برس إن الوضع هادئ")).contains(Agency.AFP);
  }

  @Test
  void latinAcronymsInBrackets() {
    assertThat(AgencyCredit.find("ABU DHABI (WAM) - ...")).contains(Agency.WAM);
    assertThat(AgencyCredit.find("عمان (بترا) - افتتح وزير")).contains(Agency.PETRA);
  }

  @Test
  void anAcronymInsideASentenceIsAWordNotACredit() {
    assertThat(AgencyCredit.find("زار السياح مدينة بترا الأثرية في جنوب الأردن")).isEmpty();
    assertThat(AgencyCredit.find("يعيش في محافظة قنا بصعيد مصر نحو ثلاثة ملايين نسمة")).isEmpty();
    assertThat(AgencyCredit.find("أطلقت الشركة تطبيق MAP الجديد للهواتف")).isEmpty();
  }

  @Test
  void aCreditDeepInsideALongTextIsNotRead() {
    String middle = "ك".repeat(400) + " (واس) " + "ك".repeat(400);
    assertThat(AgencyCredit.find(middle)).isEmpty();
  }

  @Test
  void noCreditInEmptyOrNull() {
    assertThat(AgencyCredit.find(null)).isEmpty();
    assertThat(AgencyCredit.find("   ")).isEmpty();
  }

  @Test
  void anAgencyPublishesFromItsOwnHost() {
    assertThat(Agency.SPA.publishes("https://www.spa.gov.sa/rss")).isTrue();
    assertThat(Agency.SPA.publishes("spa")).isTrue();
    assertThat(Agency.SPA.publishes("spain-news.com")).isFalse();
    assertThat(Agency.SPA.publishes(null)).isFalse();
  }
}
