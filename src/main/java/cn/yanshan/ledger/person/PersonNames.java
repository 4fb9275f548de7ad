package cn.yanshan.ledger.person;

import cn.yanshan.ledger.common.Names;
import net.sourceforge.pinyin4j.PinyinHelper;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Search keys of a person's name: the given name (the name without the surname) and the pinyin initials of both.
 * A character with several readings gets one: for a surname the reading it has as a surname (曾 zeng, 单 shan,
 * 解 xie), for other characters the usual one in names; a few pinyin4j lists in an unusual order are corrected here.
 */
public final class PersonNames {

    /** Two-character surnames (复姓); the given name starts after them. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文",
            "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延", "万俟", "澹台", "公冶");

    /** Initials of surnames whose surname reading is not pinyin4j's first. */
    private static final Map<Character, Character> SURNAME_INITIAL = Map.ofEntries(
            Map.entry('曾', 'z'), Map.entry('单', 's'), Map.entry('解', 'x'), Map.entry('查', 'z'),
            Map.entry('区', 'o'), Map.entry('仇', 'q'), Map.entry('朴', 'p'), Map.entry('翟', 'z'),
            Map.entry('盖', 'g'), Map.entry('乐', 'y'), Map.entry('覃', 'q'), Map.entry('缪', 'm'),
            Map.entry('尉', 'w'), Map.entry('种', 'c'), Map.entry('沈', 's'), Map.entry('石', 's'),
            Map.entry('贾', 'j'), Map.entry('万', 'w'), Map.entry('长', 'c'), Map.entry('重', 'c'),
            Map.entry('朝', 'c'), Map.entry('召', 's'), Map.entry('秘', 'b'), Map.entry('隗', 'w'));

    /** Initials of other characters whose usual reading in names is not pinyin4j's first. */
    private static final Map<Character, Character> NAME_INITIAL = Map.ofEntries(
            Map.entry('长', 'c'), Map.entry('曾', 'z'), Map.entry('乐', 'l'), Map.entry('解', 'j'),
            Map.entry('查', 'c'), Map.entry('区', 'q'), Map.entry('朴', 'p'), Map.entry('覃', 't'),
            Map.entry('万', 'w'), Map.entry('沈', 's'), Map.entry('石', 's'), Map.entry('贾', 'j'),
            Map.entry('单', 'd'), Map.entry('朝', 'z'), Map.entry('便', 'b'), Map.entry('会', 'h'),
            Map.entry('参', 'c'), Map.entry('率', 's'), Map.entry('强', 'q'), Map.entry('藏', 'z'));

    private PersonNames() {
    }

    /** The name as stored: spaces removed, half-width brackets full-width, the middle dot of 阿依古丽·买买提 unified. */
    public static String clean(String name) {
        return Names.key(name).replace('•', '·').replace('・', '·').replace('.', '·');
    }

    public static String surname(String name) {
        if (name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
            return name.substring(0, 2);
        }
        return name.isEmpty() ? "" : name.substring(0, 1);
    }

    /** The name without the surname; the whole name for a one-character name. */
    public static String givenName(String name) {
        String given = name.substring(surname(name).length());
        return given.isEmpty() ? name : given;
    }

    /** Pinyin initials of the whole name, lower case: 张三 → zs, 曾小乐 → zxl. Characters without pinyin are left out. */
    public static String initials(String name) {
        String surname = surname(name);
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            Character fixed = i < surname.length() ? SURNAME_INITIAL.get(c) : NAME_INITIAL.get(c);
            appendInitial(sb, c, fixed);
        }
        return sb.toString();
    }

    /** Pinyin initials of the given name: 张三 → s. */
    public static String givenInitials(String name) {
        String given = givenName(name);
        if (given.equals(name)) {
            return initials(name);
        }
        StringBuilder sb = new StringBuilder(given.length());
        for (int i = 0; i < given.length(); i++) {
            char c = given.charAt(i);
            appendInitial(sb, c, NAME_INITIAL.get(c));
        }
        return sb.toString();
    }

    private static void appendInitial(StringBuilder sb, char c, Character fixed) {
        if (fixed != null) {
            sb.append(fixed.charValue());
        } else if (c < 128) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        } else {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                sb.append(Character.toLowerCase(readings[0].charAt(0)));
            }
        }
    }

    /** Lower case, for comparing initials typed in any case. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
