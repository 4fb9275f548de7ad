package cn.yanshan.ledger.person;

/** Orders of the persons list. */
public enum PersonSort {
    /** By pinyin initials of the name, then the name: roughly the order of a Chinese dictionary. */
    NAME,
    /** Newest entries first. */
    NEWEST
}
