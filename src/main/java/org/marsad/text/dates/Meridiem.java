package org.marsad.text.dates;

/**
 * The part-of-day word after a 12-hour clock time, and how it moves the hour.
 *
 * <p>{@code ص} and {@code م} are the Arabic AM and PM; {@code ظهرا} (around noon), {@code عصرا}
 * (afternoon) and {@code ليلا} (night) are read as people use them: {@code 1:00 ظهرا} is 13:00,
 * {@code 11:00 ليلا} is 23:00 and {@code 2:00 ليلا} is 02:00. An hour already above 12 is kept.
 */
enum Meridiem {
  AM,
  PM,
  NOON,
  NIGHT;

  static final NameTable<Meridiem> WORDS =
      NameTable.<Meridiem>builder()
          .add(AM, "ص", "صباحا", "صباحاً", "صباح", "فجرا", "فجراً", "am", "a.m.", "a.m")
          .add(PM, "م", "مساء", "مساءً", "مساءا", "عصرا", "عصراً", "pm", "p.m.", "p.m")
          .add(NOON, "ظهرا", "ظهراً")
          .add(NIGHT, "ليلا", "ليلاً")
          .build();

  /** The 24-hour hour for {@code hour} on a 12-hour clock, or -1 when it is not a clock hour. */
  int toHour24(int hour) {
    if (hour > 23) {
      return -1;
    }
    if (hour > 12) {
      return hour;
    }
    return switch (this) {
      case AM -> hour == 12 ? 0 : hour;
      case PM -> hour == 12 ? 12 : hour + 12;
      case NOON -> hour >= 1 && hour <= 6 ? hour + 12 : hour;
      case NIGHT -> hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour;
    };
  }
}
