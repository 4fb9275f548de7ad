package cn.yanshan.ledger.plan;

/** A section of the plan: 1 十个专项行动, 2 六个保障条件. */
public record Section(long id, int number, String title) {

    /** The section's heading as the plan writes it: 一、十个专项行动. */
    public String heading() {
        String[] numerals = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        String numeral = number >= 0 && number < numerals.length ? numerals[number] : String.valueOf(number);
        return numeral + "、" + title;
    }
}
