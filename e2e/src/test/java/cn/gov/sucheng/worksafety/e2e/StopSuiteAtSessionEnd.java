package cn.gov.sucheng.worksafety.e2e;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the suite the e2e tests started, once, after the last test class. */
public class StopSuiteAtSessionEnd implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (Suite.wasStarted()) {
            Suite.started().run("down");
        }
    }
}
