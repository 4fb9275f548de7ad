package cn.yanshan.ledger.app.ui;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that drives the program's windows: the toolkit is started (headless in the build) before its
 * first test, and {@link ScreenFixture} opens the windows.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ScreenTest.Toolkit.class)
public @interface ScreenTest {

    /** Starts the toolkit once per test class. */
    final class Toolkit implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            ScreenFixture.startToolkit();
        }
    }
}
