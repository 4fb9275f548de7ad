package cn.yanshan.ledger.testing;

import cn.yanshan.ledger.app.DataFolder;
import cn.yanshan.ledger.app.Services;
import cn.yanshan.ledger.person.Gender;
import cn.yanshan.ledger.person.IdNumber;
import cn.yanshan.ledger.person.PersonDraft;
import cn.yanshan.ledger.placement.PlacementDraft;
import cn.yanshan.ledger.security.Session;
import cn.yanshan.ledger.security.Vault;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Ledgers in memory for tests, with a fixed "today", and made-up but valid ID numbers. */
public final class Ledgers {

    /** Today in these tests: after the seed plan's period (2022-01-01 – 2024-12-31). */
    public static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Ledgers() {
    }

    public static Services open() {
        return Services.inMemory("test-" + UUID.randomUUID(),
                Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    /** The administrator of the ledgers on disk that tests make. */
    public static final String ACCOUNT = Vault.FIRST_ACCOUNT;
    public static final String PASSWORD = "Yanshan-Test-2026";

    /** The ledger in a data folder on disk, as the program opens it, with the real clock. */
    public static Services openFile(Path dir) {
        return openFile(dir, Clock.systemDefaultZone());
    }

    /**
     * The ledger in a data folder on disk, seen on the clock's day: signed in as {@link #ACCOUNT}, made on the first
     * call for a folder.
     */
    public static Services openFile(Path dir, Clock clock) {
        DataFolder folder = DataFolder.resolve(dir);
        return Services.open(folder, signIn(folder), clock);
    }

    /** The administrator's session in the folder, made when the folder has no account yet. */
    public static Session signIn(DataFolder folder) {
        return Services.vault(folder).signInOrCreate(ACCOUNT, PASSWORD.toCharArray());
    }

    /** A valid Yanshan ID number for the birth date and gender; a new one on every call. */
    public static String id(LocalDate birth, Gender gender) {
        int n = SEQUENCE.incrementAndGet() % 500;
        int seq = n * 2 + (gender == Gender.MALE ? 1 : 0);
        String body = "532622" + birth.toString().replace("-", "") + String.format("%03d", seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        String full = body + "10X98765432".charAt(sum % 11);
        IdNumber.check(full).orElseThrow();
        return full;
    }

    public static String id() {
        return id(LocalDate.of(1980, 1, 1).plusDays(SEQUENCE.get() * 37L % 9000), Gender.MALE);
    }

    /** A person draft with a certificate (肢体, 三级) in 江那镇. */
    public static PersonDraft person(String name, String idNumber) {
        return PersonDraft.of(name, idNumber, idNumber + "43", "江那");
    }

    public static PlacementDraft placement(LocalDate on) {
        return PlacementDraft.of(on, "灵活就业", "县内").withIncome("1500");
    }
}
