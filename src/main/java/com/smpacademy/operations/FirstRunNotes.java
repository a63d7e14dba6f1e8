package com.smpacademy.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The last line of a start: where to open the app, so a newcomer need not read the whole log. */
@Component
class FirstRunNotes {

    private static final Logger log = LoggerFactory.getLogger(FirstRunNotes.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String port = env.getProperty("local.server.port");
        if (port == null) {
            return; // no web server (e.g. --validate-courses)
        }
        String path = env.getProperty("server.servlet.context-path", "/");
        log.info("SMP Academy is ready: open http://localhost:{}{}{}", port, path.startsWith("/") ? "" : "/", path);
    }
}
