package org.casework;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.metrics.data.RepositoryMetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * casework: case management for administrative enforcement and mediation. Repository metrics are off
 * (a Micrometer timer around every repository call; only health and info are exposed).
 */
@SpringBootApplication(exclude = RepositoryMetricsAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableAsync
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
