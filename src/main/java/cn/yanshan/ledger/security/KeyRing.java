package cn.yanshan.ledger.security;

import cn.yanshan.ledger.common.LedgerException;
import com.fasterxml.jackson.jr.ob.JSON;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts of a ledger, kept beside the database in {@value #FILE_NAME}. Each account holds the database's
 * {@link DataKey} wrapped (AES-GCM) with a key derived from its password by PBKDF2-HMAC-SHA256; nothing else
 * about the password is stored. A wrong password fails the GCM check: that is the password check.
 */
public final class KeyRing {

    public static final String FILE_NAME = "ledger.keys";
    static final int DEFAULT_ITERATIONS = 310_000;
    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;

    private final Path file;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final List<Map<String, Object>> entries;

    private KeyRing(Path file, int iterations, List<Map<String, Object>> entries) {
        this.file = file;
        this.iterations = iterations;
        this.entries = entries;
    }

    /** The key ring of a data folder; empty (no accounts yet) when the folder has none. */
    public static KeyRing load(Path dataFolder) {
        return load(dataFolder, DEFAULT_ITERATIONS);
    }

    @SuppressWarnings("unchecked")
    static KeyRing load(Path dataFolder, int iterations) {
        Path file = dataFolder.resolve(FILE_NAME);
        List<Map<String, Object>> entries = new ArrayList<>();
        if (Files.exists(file)) {
            try {
                Map<String, Object> root = JSON.std.mapFrom(Files.readString(file));
                for (Object o : (List<Object>) root.getOrDefault("accounts", List.of())) {
                    entries.add(new LinkedHashMap<>((Map<String, Object>) o));
                }
            } catch (IOException | RuntimeException e) {
                throw new LedgerException("账户文件 " + FILE_NAME + " 已损坏，无法登录。请从备份中恢复该文件（它和数据库放在同一个数据文件夹中）。", e);
            }
        }
        return new KeyRing(file, iterations, entries);
    }

    public boolean hasAccounts() {
        return !entries.isEmpty();
    }

    public List<Account> accounts() {
        return entries.stream().map(e -> new Account((String) e.get("name"), Role.valueOf((String) e.get("role")))).toList();
    }

    /** The first start: makes the data key and the administrator account that wraps it. */
    public Session createFirstAdministrator(String name, char[] password) {
        if (hasAccounts()) {
            throw new LedgerException("台账已经有管理员账户，不能再次初始化。");
        }
        requireUsable(name, password);
        DataKey key = DataKey.random(random);
        entries.add(wrap(name.strip(), Role.ADMIN, password, key));
        save();
        return new Session(new Account(name.strip(), Role.ADMIN), key);
    }

    /** The account and the data key, or empty when the name or the password is wrong. */
    public Optional<Session> unlock(String name, char[] password) {
        for (Map<String, Object> e : entries) {
            if (e.get("name").equals(name == null ? "" : name.strip())) {
                return unwrap(e, password).map(key -> new Session(
                        new Account((String) e.get("name"), Role.valueOf((String) e.get("role"))), key));
            }
        }
        return Optional.empty();
    }

    public void addAccount(Session by, String name, Role role, char[] password) {
        requireAdmin(by);
        requireUsable(name, password);
        if (accounts().stream().anyMatch(a -> a.name().equals(name.strip()))) {
            throw new LedgerException("账户“" + name.strip() + "”已经存在。");
        }
        entries.add(wrap(name.strip(), role, password, by.key()));
        save();
    }

    public void removeAccount(Session by, String name) {
        requireAdmin(by);
        if (by.account().name().equals(name)) {
            throw new LedgerException("不能删除正在使用的账户。");
        }
        entries.removeIf(e -> e.get("name").equals(name));
        save();
    }

    /** Re-wraps the same data key under the new password; the database is not touched. */
    public void changePassword(String name, char[] oldPassword, char[] newPassword) {
        Session session = unlock(name, oldPassword).orElseThrow(() -> new LedgerException("原密码不正确。"));
        requireUsable(name, newPassword);
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).get("name").equals(session.account().name())) {
                entries.set(i, wrap(session.account().name(), session.account().role(), newPassword, session.key()));
            }
        }
        save();
    }

    private static void requireAdmin(Session by) {
        if (!by.may(Role.ADMIN)) {
            throw new LedgerException("只有管理员可以管理账户。");
        }
    }

    private static void requireUsable(String name, char[] password) {
        if (name == null || name.isBlank()) {
            throw new LedgerException("请填写账户名。");
        }
        if (!PasswordStrength.of(new String(password)).acceptable()) {
            throw new LedgerException("密码至少要有 " + PasswordStrength.MIN_LENGTH + " 位。");
        }
    }

    private Map<String, Object> wrap(String name, Role role, char[] password, DataKey key) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(salt);
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, derive(password, salt, iterations), new GCMParameterSpec(128, iv));
            cipher.updateAAD(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] wrapped = cipher.doFinal(key.bytes());
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", name);
            e.put("role", role.name());
            e.put("kdf", "PBKDF2WithHmacSHA256");
            e.put("iterations", iterations);
            e.put("salt", Base64.getEncoder().encodeToString(salt));
            e.put("iv", Base64.getEncoder().encodeToString(iv));
            e.put("wrappedKey", Base64.getEncoder().encodeToString(wrapped));
            e.put("created", Instant.now().toString());
            return e;
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
        }
    }

    private static Optional<DataKey> unwrap(Map<String, Object> e, char[] password) {
        try {
            byte[] salt = Base64.getDecoder().decode((String) e.get("salt"));
            byte[] iv = Base64.getDecoder().decode((String) e.get("iv"));
            byte[] wrapped = Base64.getDecoder().decode((String) e.get("wrappedKey"));
            int iterations = ((Number) e.get("iterations")).intValue();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, derive(password, salt, iterations), new GCMParameterSpec(128, iv));
            cipher.updateAAD(((String) e.get("name")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return Optional.of(new DataKey(cipher.doFinal(wrapped)));
        } catch (AEADBadTagException wrongPassword) {
            return Optional.empty();
        } catch (GeneralSecurityException | RuntimeException ex) {
            throw new LedgerException("账户文件 " + FILE_NAME + " 已损坏，无法登录。请从备份中恢复该文件。", ex);
        }
    }

    private static SecretKeySpec derive(char[] password, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            byte[] k = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(k, "AES");
        } finally {
            spec.clearPassword();
        }
    }

    /** Takes back a first administrator whose ledger could not be encrypted: the folder is as it was before. */
    void forgetAll() {
        entries.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new LedgerException("无法删除账户文件 " + file + "：" + e.getMessage() + "。请手动删除它后重新启动程序。", e);
        }
    }

    private void save() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", 1);
        root.put("accounts", entries);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.writeString(tmp, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(root));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LedgerException("无法保存账户文件：" + e.getMessage() + "。请检查数据文件夹是否可写、磁盘是否已满。", e);
        }
    }
}
