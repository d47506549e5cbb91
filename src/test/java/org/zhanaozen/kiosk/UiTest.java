package org.zhanaozen.kiosk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test that drives JavaFX screens with TestFX's robot (on Monocle in the build). Tagged {@value #TAG}: the unit
 * lane, {@code mvn -B test -DexcludedGroups=ui}, leaves these out. Tests that run the kiosk in another JVM carry the
 * tag alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(UiTest.TAG)
@ExtendWith(ApplicationExtension.class)
public @interface UiTest {

    String TAG = "ui";
}
