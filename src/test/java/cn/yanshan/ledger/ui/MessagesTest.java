package cn.yanshan.ledger.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text key the code uses is in the bundle, and every key in the bundle is used. */
class MessagesTest {

    private static final Pattern KEY_CALL = Pattern.compile("\\bt\\(\\s*\"([a-zA-Z0-9_.]+)\"\\s*[,)]");

    @Test
    void everyKeyUsedIsDefinedAndEveryKeyDefinedIsUsed() throws IOException {
        Set<String> defined = defined();
        Set<String> used = used();
        for (Area area : Area.values()) {
            used.add("nav." + area.key());
        }
        // areas not built yet say what they will hold: placeholder.<area>
        defined.stream().filter(k -> k.startsWith("placeholder.")).forEach(used::add);

        assertThat(new TreeSet<>(used)).as("keys used in code but missing from messages.properties")
                .isSubsetOf(defined);
        assertThat(new TreeSet<>(defined)).as("keys in messages.properties that no code uses")
                .isSubsetOf(used);
    }

    @Test
    void everyAreaThatIsNotBuiltHasItsPlaceholderText() throws IOException {
        Set<String> defined = defined();
        String areaViews = Files.readString(Path.of("src/main/java/cn/yanshan/ledger/app/ui/AreaViews.java"));
        for (Area area : Area.values()) {
            if (!areaViews.contains("case " + area.name() + " ->")) {
                assertThat(defined).as("placeholder text for " + area).contains("placeholder." + area.key());
            }
        }
    }

    private static Set<String> defined() throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> used() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_CALL.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
