package cn.yanshan.ledger.person;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the persons list shows: a text as typed in the search box and filters; {@code null} filters don't filter,
 * all {@code flags} must be set. The text is read as:
 * <ul>
 *   <li>digits (an X at the end allowed): up to 6 digits are the end of the ID number (1234 finds …1234),
 *       7 to 17 its beginning, 18 (or an old 15-digit number) the whole number;</li>
 *   <li>Latin letters: pinyin initials, of the name (zs finds 张三) or of the given name (s finds 张三);</li>
 *   <li>anything else: the beginning of the name (张 finds 张三) or of the given name (三 finds 张三).</li>
 * </ul>
 * With text, persons whose whole name matches come first, then those whose given name does.
 */
public record PersonQuery(String text, Long townshipId, DisabilityCategory category, DisabilityLevel level,
                          EmploymentStatus status, Set<PersonFlag> flags, PersonSort sort) {

    public static final PersonQuery ALL = new PersonQuery(null, null, null, null, null, Set.of(), PersonSort.NAME);

    public PersonQuery {
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        sort = sort == null ? PersonSort.NAME : sort;
    }

    public static PersonQuery text(String text) {
        return ALL.withText(text);
    }

    public PersonQuery withText(String v) {
        return new PersonQuery(v, townshipId, category, level, status, flags, sort);
    }

    public PersonQuery withTownship(Long v) {
        return new PersonQuery(text, v, category, level, status, flags, sort);
    }

    public PersonQuery withCategory(DisabilityCategory v) {
        return new PersonQuery(text, townshipId, v, level, status, flags, sort);
    }

    public PersonQuery withLevel(DisabilityLevel v) {
        return new PersonQuery(text, townshipId, category, v, status, flags, sort);
    }

    public PersonQuery withStatus(EmploymentStatus v) {
        return new PersonQuery(text, townshipId, category, level, v, flags, sort);
    }

    public PersonQuery withFlags(Set<PersonFlag> v) {
        return new PersonQuery(text, townshipId, category, level, status, v, sort);
    }

    public PersonQuery withSort(PersonSort v) {
        return new PersonQuery(text, townshipId, category, level, status, flags, v);
    }
}
