package org.marsad.web;

import io.javalin.http.HttpStatus;

/**
 * What an error page says, in Arabic, for each status: a heading and an explanation; the detail
 * (what exactly was wrong, as the code found it) is shown too, except for 500, whose detail could
 * reveal internals and is only logged.
 */
final class ErrorTexts {
  private ErrorTexts() {}

  static PageModel.Error page(HttpStatus status, String detail) {
    String heading;
    String explanation;
    switch (status.getCode()) {
      case 400 -> {
        heading = "طلب غير صالح";
        explanation = "تعذّر قبول ما أُرسل.";
      }
      case 401 -> {
        heading = "يلزم دخول المشرف";
        explanation =
            "هذا الإجراء يغيّر البيانات، فلا يُقبل إلا بعد الدخول برمز المشرف من صفحة الدخول.";
      }
      case 403 -> {
        heading = "طلب مرفوض";
        explanation =
            "رُفض الطلب: رمز الحماية في النموذج لا يطابق جلستك، أو جاء الطلب من موقع آخر. أعد تحميل"
                + " الصفحة وحاول مجددًا.";
      }
      case 404 -> {
        heading = "الصفحة غير موجودة";
        explanation = "لا توجد صفحة بهذا العنوان. ربما حُذفت أو كُتب الرابط خطأ.";
      }
      case 413 -> {
        heading = "الطلب أكبر من المسموح";
        explanation = "حجم ما أُرسل يتجاوز الحد الذي يقبله الخادم.";
      }
      case 421 -> {
        heading = "اسم المضيف غير مقبول";
        explanation = "لا يجيب هذا الخادم عن اسم المضيف المستخدم في الطلب.";
      }
      case 503 -> {
        heading = "الخادم مشغول";
        explanation = "يعالج الخادم طلبات كثيرة الآن. حاول بعد قليل.";
      }
      case 500 -> {
        heading = "خطأ داخلي";
        explanation = "حدث خطأ غير متوقع في الخادم، وسُجّل ليُراجع.";
      }
      default -> {
        heading = "تعذّر إتمام الطلب";
        explanation = "لم يُتمّ الخادم هذا الطلب.";
      }
    }
    return new PageModel.Error(
        status.getCode(),
        heading,
        explanation,
        status.getCode() >= 500 || detail == null ? "" : detail);
  }
}
