package org.casework.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Every UI speaks Chinese (zh-CN; the bundles fall back to English for a missing key), and a
 * refused command shows its Chinese reason instead of a stack trace.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(Locale.SIMPLIFIED_CHINESE));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = rootBusinessCause(error.getThrowable());
            if (cause instanceof BusinessRuleException || cause instanceof AccessDeniedException
                    || cause instanceof NotFoundException) {
                Notifier.error(cause.getMessage());
            } else if (cause instanceof ObjectOptimisticLockingFailureException) {
                Notifier.error("该记录已被他人修改，请刷新后重试");
            } else {
                log.error("Unexpected error in the UI", error.getThrowable());
                Notifier.error("操作失败：系统内部错误，请联系管理员");
            }
        }));
    }

    private static Throwable rootBusinessCause(Throwable t) {
        Throwable current = t;
        while (current != null) {
            if (current instanceof BusinessRuleException || current instanceof AccessDeniedException
                    || current instanceof NotFoundException || current instanceof ObjectOptimisticLockingFailureException) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }
}
