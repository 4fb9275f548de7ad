package cn.yanshan.ledger.demo;

import cn.yanshan.ledger.person.CertificateNumber;
import cn.yanshan.ledger.person.DisabilityCategory;
import cn.yanshan.ledger.person.DisabilityLevel;
import cn.yanshan.ledger.person.EmploymentStatus;
import cn.yanshan.ledger.person.Gender;
import cn.yanshan.ledger.person.IdNumber;
import cn.yanshan.ledger.person.NotWorkingReason;
import cn.yanshan.ledger.person.PersonData;
import cn.yanshan.ledger.person.PersonFlag;
import cn.yanshan.ledger.placement.EmploymentForm;
import cn.yanshan.ledger.placement.JobLocation;
import cn.yanshan.ledger.placement.PlacementData;
import cn.yanshan.ledger.unit.UnitRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes up persons and placements that look like the county's but are nobody's: ID numbers are random numbers that
 * satisfy the standard (area codes of Yanshan and its neighbours, birth date, sequence, check character), names are
 * drawn from lists of common surnames and given-name characters, phone numbers start with 100 (no real mobile number
 * does), villages are composed from common place-name parts. The same seed gives the same ledger.
 */
public final class DemoGenerator {

    /** Marks generated persons and placements so they can be told from real ones. */
    public static final String SOURCE = "演示数据";

    public static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

    private static final String YANSHAN = "532622";
    /** Other counties of 文山州, for persons registered in Yanshan with an ID number issued elsewhere. */
    private static final String[] NEIGHBOURS = {"532601", "532623", "532624", "532625", "532626", "532627", "532628"};
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** Common surnames, the first ones more often (weights by position). */
    private static final String SURNAMES = "王李张杨刘陈罗赵黄周吴马陆熊何龙韦农侯陶项沈卢田普施文苏朱胡郭高林郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜叶程魏吕丁任姚崔钟谭汪范金石廖贾夏付方白邹孟秦邱江尹薛段雷史黎贺顾毛郝龚邵万严覃武戴莫孔向汤李王张杨刘陈罗";
    private static final String MALE_CHARS = "国建明华军文林永志海成金光平德伟强兴福荣祥春云勇忠学小家正开发昌贵跃有朝顺友才";
    private static final String FEMALE_CHARS = "秀英芳丽红梅兰玉琴艳萍燕霞娟翠花春凤桂珍美莲菊芬琼仙敏慧丹娜静小晓会";
    private static final String[] VILLAGE_PREFIX = {"大", "小", "新", "老", "上", "下", "中", "白", "黑", "红", "龙", "石", "马", "羊", "松", "竹", "平", "长", "水", "花"};
    private static final String[] VILLAGE_STEM = {"寨", "坪", "田", "冲", "沟", "坝", "塘", "箐", "山", "河", "树", "岩", "坡", "凹", "桥", "街", "营", "所", "厂", "湾"};
    private static final String[] COMPANY_WORDS = {"恒达", "兴旺", "鑫源", "云岭", "七彩", "丰源", "康泰", "盛世", "宏远", "瑞丰", "佳和", "富民", "金穗", "顺通", "华兴", "新合"};
    private static final String[] EDUCATION = {"未上学", "小学", "小学", "小学", "初中", "初中", "初中", "高中", "中专", "大专", "本科"};

    private final Random random;
    private final List<UnitRef> townships;
    private final List<List<String>> villages;
    private final Set<String> usedIds;
    private final Long countyUnitId;
    private final LocalDate lastDay;

    /**
     * @param townships    the 11 townships (ids and names)
     * @param usedIds      ID numbers already in the ledger; new ones are added as they are made
     * @param countyUnitId the unit that reports county-level placements (县残联), or null
     * @param today        no date after this is made
     */
    public DemoGenerator(long seed, List<UnitRef> townships, Set<String> usedIds, Long countyUnitId, LocalDate today) {
        this.random = new Random(seed);
        this.townships = List.copyOf(townships);
        this.usedIds = usedIds;
        this.countyUnitId = countyUnitId;
        this.lastDay = today.isBefore(LAST_DAY) ? today : LAST_DAY;
        this.villages = new ArrayList<>();
        for (int t = 0; t < this.townships.size(); t++) {
            List<String> names = new ArrayList<>();
            int n = 12 + random.nextInt(10);
            while (names.size() < n) {
                String name = VILLAGE_PREFIX[random.nextInt(VILLAGE_PREFIX.length)] + VILLAGE_STEM[random.nextInt(VILLAGE_STEM.length)];
                String full = name + (names.size() == 0 ? "社区" : "村委会");
                if (!names.contains(full)) {
                    names.add(full);
                }
            }
            villages.add(names);
        }
    }

    /** One made-up person with their placements (person id 0: the writer sets it). */
    public record Generated(PersonData person, List<PlacementData> placements) {
    }

    public Generated next() {
        Gender gender = random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        LocalDate birth = birthDate(gender);
        IdNumber id = idNumber(birth, gender);
        DisabilityCategory category = category();
        DisabilityLevel level = level();
        CertificateNumber certificate = new CertificateNumber(id.value() + category.code() + level.code());
        int t = township();
        UnitRef township = townships.get(t);
        List<String> vs = villages.get(t);
        String village = vs.get(random.nextInt(vs.size()));

        Set<PersonFlag> flags = EnumSet.noneOf(PersonFlag.class);
        if (random.nextInt(100) < 35) {
            flags.add(PersonFlag.POVERTY_ALLEVIATED);
        }
        if (random.nextInt(100) < 5) {
            flags.add(PersonFlag.MONITORED);
        }
        if (random.nextInt(100) < 20) {
            flags.add(PersonFlag.SUBSISTENCE);
        }
        Integer graduationYear = null;
        int ageIn2023 = 2023 - birth.getYear();
        String education = EDUCATION[random.nextInt(EDUCATION.length)];
        if (ageIn2023 >= 21 && ageIn2023 <= 32 && random.nextInt(100) < 6) {
            flags.add(PersonFlag.GRADUATE);
            graduationYear = Math.min(lastDay.getYear(), birth.getYear() + 22 + random.nextInt(3));
            education = random.nextBoolean() ? "大专" : "本科";
        }

        List<PlacementData> placements = new ArrayList<>();
        int k = placementCount();
        LocalDate earliest = birth.plusYears(16).isAfter(FIRST_DAY) ? birth.plusYears(16) : FIRST_DAY;
        if (!earliest.isAfter(lastDay)) {
            List<LocalDate> dates = new ArrayList<>();
            long span = ChronoUnit.DAYS.between(earliest, lastDay) + 1;
            for (int i = 0; i < k; i++) {
                dates.add(earliest.plusDays((long) (random.nextDouble() * span)));
            }
            dates.sort(null);
            for (LocalDate d : dates) {
                placements.add(placement(d, township, village));
            }
        }
        EmploymentStatus status;
        NotWorkingReason reason = null;
        if (!placements.isEmpty()) {
            status = placements.get(placements.size() - 1).endedOn() == null ? EmploymentStatus.EMPLOYED : EmploymentStatus.NOT_EMPLOYED;
        } else {
            status = random.nextInt(3) == 0 ? EmploymentStatus.UNKNOWN : EmploymentStatus.NOT_EMPLOYED;
        }
        if (status == EmploymentStatus.NOT_EMPLOYED) {
            NotWorkingReason[] reasons = NotWorkingReason.values();
            reason = reasons[random.nextInt(reasons.length)];
        }
        String name = name(gender);
        PersonData person = new PersonData(name, gender, id, birth, certificate, category, level, township.id(), village,
                phone(), education, random.nextInt(4) == 0 ? null : id, flags, graduationYear, status, reason, SOURCE);
        return new Generated(person, placements);
    }

    private PlacementData placement(LocalDate on, UnitRef township, String village) {
        EmploymentForm form = form();
        JobLocation location = location(form);
        String employer;
        String job;
        int low;
        int high;
        String company = COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)];
        switch (form) {
            case PROPORTIONAL -> {
                employer = "砚山县" + company + pick("商贸有限公司", "农业开发有限公司", "建材有限公司", "物业服务有限公司");
                job = pick("保洁员", "保安", "仓库管理员", "收银员", "门卫", "文员");
                low = 2000; high = 4500;
            }
            case CONCENTRATED -> {
                employer = company + pick("福利厂", "残疾人就业基地", "手工艺品厂");
                job = pick("缝纫工", "包装工", "手工编织", "质检员");
                low = 1800; high = 3500;
            }
            case SELF_EMPLOYED -> {
                employer = "个体经营";
                job = pick("小卖部", "家电维修", "盲人按摩", "裁缝", "早餐店", "网店", "理发");
                low = 1500; high = 6000;
            }
            case PUBLIC_WELFARE_POST -> {
                employer = township.name() + village;
                job = pick("保洁员", "护林员", "护路员", "村级残疾人专职委员", "河道管护员");
                low = 800; high = 2000;
            }
            case AUXILIARY -> {
                employer = township.name() + "残疾人辅助性就业车间";
                job = pick("手工加工", "简单包装", "农产品分拣");
                low = 500; high = 1500;
            }
            case RURAL_FARMING -> {
                employer = null;
                job = pick("三七种植", "辣椒种植", "蔬菜种植", "生猪养殖", "养牛", "养鸡", "烤烟种植");
                low = 800; high = 2500;
            }
            default -> {
                employer = location == JobLocation.IN_COUNTY ? null : "外出务工";
                job = pick("快递员", "外卖骑手", "家政服务", "电商客服", "零工", "手工编织", "厂内普工");
                low = 1500; high = 5000;
            }
        }
        if (location == JobLocation.OUTSIDE_PROVINCE) {
            low += 800;
            high += 1500;
        }
        BigDecimal income = BigDecimal.valueOf((low + random.nextInt(high - low + 1)) / 10 * 10L).setScale(2);
        boolean local = form == EmploymentForm.RURAL_FARMING || form == EmploymentForm.PUBLIC_WELFARE_POST
                || form == EmploymentForm.AUXILIARY;
        Long reportingUnit = local || countyUnitId == null ? township.id() : countyUnitId;
        LocalDate ended = null;
        if (random.nextInt(100) < 8) {
            LocalDate end = on.plusDays(60 + random.nextInt(400));
            ended = end.isAfter(lastDay) ? null : end;
        }
        return new PlacementData(0, on, form, employer, job, location, income, null, reportingUnit, SOURCE, null,
                random.nextInt(100) < 70, ended, null);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private LocalDate birthDate(Gender gender) {
        // mostly of working age during the plan: 18 to 54 (women) or 59 (men) in 2023; some older
        int maxAge = gender == Gender.MALE ? 59 : 54;
        int age = random.nextInt(100) < 90 ? 18 + random.nextInt(maxAge - 18 + 1) : maxAge + 1 + random.nextInt(15);
        return LocalDate.of(2023 - age, 1, 1).plusDays(random.nextInt(365));
    }

    IdNumber idNumber(LocalDate birth, Gender gender) {
        String area = random.nextInt(100) < 90 ? YANSHAN : NEIGHBOURS[random.nextInt(NEIGHBOURS.length)];
        int ymd = birth.getYear() * 10000 + birth.getMonthValue() * 100 + birth.getDayOfMonth();
        while (true) {
            int seq = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
            String body = area + ymd + (char) ('0' + seq / 100) + (char) ('0' + seq / 10 % 10) + (char) ('0' + seq % 10);
            String full = body + checkCharacter(body);
            if (usedIds.add(full)) {
                return new IdNumber(full);
            }
        }
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    private String name(Gender gender) {
        // weight the first surnames: a triangular draw favours the start of the list
        int i = Math.min(random.nextInt(SURNAMES.length()), random.nextInt(SURNAMES.length()));
        String chars = gender == Gender.MALE ? MALE_CHARS : FEMALE_CHARS;
        StringBuilder sb = new StringBuilder().append(SURNAMES.charAt(i)).append(chars.charAt(random.nextInt(chars.length())));
        if (random.nextInt(100) < 75) {
            sb.append(chars.charAt(random.nextInt(chars.length())));
        }
        return sb.toString();
    }

    private String phone() {
        if (random.nextInt(100) < 15) {
            return null;
        }
        return "100" + (10_000_000 + random.nextInt(90_000_000));
    }

    private DisabilityCategory category() {
        int r = random.nextInt(100);
        if (r < 45) {
            return DisabilityCategory.PHYSICAL;
        } else if (r < 57) {
            return DisabilityCategory.VISUAL;
        } else if (r < 67) {
            return DisabilityCategory.HEARING;
        } else if (r < 70) {
            return DisabilityCategory.SPEECH;
        } else if (r < 80) {
            return DisabilityCategory.INTELLECTUAL;
        } else if (r < 92) {
            return DisabilityCategory.MENTAL;
        }
        return DisabilityCategory.MULTIPLE;
    }

    private DisabilityLevel level() {
        int r = random.nextInt(100);
        return r < 10 ? DisabilityLevel.ONE : r < 30 ? DisabilityLevel.TWO : r < 60 ? DisabilityLevel.THREE : DisabilityLevel.FOUR;
    }

    /** Townships by rough size: the county seat 江那 the largest. */
    private int township() {
        int[] weights = {22, 12, 12, 8, 7, 8, 6, 7, 5, 6, 7};
        int total = 0;
        for (int i = 0; i < townships.size(); i++) {
            total += i < weights.length ? weights[i] : 5;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < townships.size(); i++) {
            r -= i < weights.length ? weights[i] : 5;
            if (r < 0) {
                return i;
            }
        }
        return townships.size() - 1;
    }

    /** 0–3 placements, 1.5 on average. */
    private int placementCount() {
        int r = random.nextInt(100);
        return r < 12 ? 0 : r < 50 ? 1 : r < 88 ? 2 : 3;
    }

    private EmploymentForm form() {
        int r = random.nextInt(100);
        return r < 8 ? EmploymentForm.PROPORTIONAL : r < 12 ? EmploymentForm.CONCENTRATED
                : r < 27 ? EmploymentForm.SELF_EMPLOYED : r < 37 ? EmploymentForm.PUBLIC_WELFARE_POST
                : r < 42 ? EmploymentForm.AUXILIARY : r < 72 ? EmploymentForm.RURAL_FARMING : EmploymentForm.FLEXIBLE;
    }

    private JobLocation location(EmploymentForm form) {
        if (form == EmploymentForm.RURAL_FARMING || form == EmploymentForm.PUBLIC_WELFARE_POST || form == EmploymentForm.AUXILIARY) {
            return JobLocation.IN_COUNTY;
        }
        int r = random.nextInt(100);
        return r < 45 ? JobLocation.IN_COUNTY : r < 62 ? JobLocation.IN_PREFECTURE : r < 78 ? JobLocation.IN_PROVINCE
                : JobLocation.OUTSIDE_PROVINCE;
    }
}
