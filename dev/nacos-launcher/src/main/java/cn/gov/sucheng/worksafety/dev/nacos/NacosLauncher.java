package cn.gov.sucheng.worksafety.dev.nacos;

import com.alibaba.nacos.NacosServerBasicApplication;
import com.alibaba.nacos.NacosServerWebApplication;
import com.alibaba.nacos.console.NacosConsole;
import com.alibaba.nacos.core.listener.startup.NacosStartUp;
import com.alibaba.nacos.core.listener.startup.NacosStartUpManager;
import com.alibaba.nacos.sys.env.Constants;
import com.alibaba.nacos.sys.env.DeploymentType;
import com.alibaba.nacos.sys.env.EnvUtil;
import com.alipay.sofa.jraft.storage.impl.RocksDBLogStorage;
import com.alipay.sofa.jraft.util.StorageOptionsFactory;
import java.nio.file.Path;
import org.rocksdb.util.SizeUnit;
import org.springframework.boot.ResourceBanner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * Starts a standalone Nacos 3.1.0 the way upstream's {@code com.alibaba.nacos.bootstrap.NacosBootstrap}
 * does (that module is not republished): a non-web core context, then the server web context (HTTP API
 * on {@code nacos.server.main.port}) as its child, then optionally the console as a second child.
 *
 * <p>The console (UI on {@code nacos.console.port}) is off by default: it costs memory and a port and the
 * suite only needs the APIs. Turn it on with {@code -Dnacos.launcher.console=true}.
 */
public final class NacosLauncher {

    private NacosLauncher() {
    }

    public static void main(String[] args) {
        // Nacos reads these from System properties (EnvUtil), not from the Spring environment, and before
        // any context exists: they must be set here, not in application.properties.
        System.setProperty(Constants.STANDALONE_MODE_PROPERTY_NAME, "true");
        // "merged", upstream's default, even when the console is off: other types change which beans the
        // server web context wires (without it: "No qualifying bean ... HealthHandler").
        System.setProperty(Constants.NACOS_DEPLOYMENT_TYPE, Constants.NACOS_DEPLOYMENT_TYPE_MERGED);
        if (System.getProperty("nacos.home") == null) {
            // Nacos defaults to ~/nacos, shared by every run on the machine; keep data beside the caller.
            System.setProperty("nacos.home", Path.of("nacos-home").toAbsolutePath().toString());
        }
        EnvUtil.setDeploymentType(DeploymentType.MERGED);
        shrinkRaftLogStorage();

        NacosStartUpManager.start(NacosStartUp.CORE_START_UP_PHASE);
        ConfigurableApplicationContext core = new SpringApplicationBuilder(NacosServerBasicApplication.class)
                .web(WebApplicationType.NONE)
                .banner(banner("core-banner.txt"))
                .run(args);

        NacosStartUpManager.start(NacosStartUp.WEB_START_UP_PHASE);
        new SpringApplicationBuilder(NacosServerWebApplication.class)
                .parent(core)
                .banner(banner("nacos-server-web-banner.txt"))
                .run(args);

        if (Boolean.getBoolean("nacos.launcher.console")) {
            NacosStartUpManager.start(NacosStartUp.CONSOLE_START_UP_PHASE);
            new SpringApplicationBuilder(NacosConsole.class)
                    .parent(core)
                    .banner(banner("nacos-console-banner.txt"))
                    .run(args);
        }
    }

    /**
     * Even standalone, Nacos runs ~5 JRaft groups (persistent naming, locks...), each with a RocksDB log.
     * JRaft's default column family options (128 MB memtables after optimizeLevelStyleCompaction, with a
     * memtable prefix bloom of 1/8 of that) pre-allocate and touch ~32 MB of native memory per group:
     * ~160 MB of RSS for a local server that stores almost nothing. Registered before any group starts.
     */
    private static void shrinkRaftLogStorage() {
        StorageOptionsFactory.registerRocksDBColumnFamilyOptions(RocksDBLogStorage.class,
                StorageOptionsFactory.getDefaultRocksDBColumnFamilyOptions()
                        .setWriteBufferSize(4 * SizeUnit.MB)
                        .setMemtablePrefixBloomSizeRatio(0));
        StorageOptionsFactory.registerRocksDBTableFormatConfig(RocksDBLogStorage.class,
                StorageOptionsFactory.getDefaultRocksDBTableConfig().setBlockCacheSize(8 * SizeUnit.MB));
    }

    private static ResourceBanner banner(String name) {
        return new ResourceBanner(new ClassPathResource(name));
    }
}
