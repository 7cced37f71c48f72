package org.casework.calendar.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.casework.base.AccessDeniedException;
import org.casework.base.BusinessRuleException;
import org.casework.base.ui.Notifier;
import org.casework.calendar.CalendarService;

/**
 * Loads a calendar CSV file ({@code date,kind,name}, as the bundled {@code cn-work-calendar.csv}):
 * every year in the file replaces the stored one; a file with an error loads nothing.
 */
class CalendarUpload extends VerticalLayout {

    static final int MAX_BYTES = 1024 * 1024;

    private final transient CalendarService calendars;
    private final transient Consumer<List<Integer>> onImported;
    final Upload upload;
    final Paragraph result = new Paragraph();

    CalendarUpload(CalendarService calendars, Consumer<List<Integer>> onImported) {
        this.calendars = calendars;
        this.onImported = onImported;
        setPadding(false);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> importFile(metadata.fileName(), bytes)));
        upload.setId("calendar-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setI18n(chinese());
        upload.addFileRejectedListener(e -> Notifier.error(e.getErrorMessage()));
        result.setId("calendar-upload-result");
        add(new Paragraph(getTranslation("calendar.upload.help")), upload, result);
    }

    void importFile(String fileName, byte[] bytes) {
        String source = "上传文件 " + (fileName.length() > 150 ? fileName.substring(0, 150) : fileName);
        try {
            List<Integer> years = calendars.importCsv(new ByteArrayInputStream(bytes), source);
            String yearList = years.stream().map(y -> y + "年").collect(Collectors.joining("、"));
            String message = getTranslation("calendar.imported", yearList, fileName);
            result.setText(message);
            result.getStyle().remove("color");
            Notifier.success(message);
            onImported.accept(years);
        } catch (BusinessRuleException | AccessDeniedException e) {
            String message = getTranslation("calendar.import.failed", fileName, e.getMessage());
            result.setText(message);
            result.getStyle().set("color", "var(--lumo-error-text-color)");
            Notifier.error(message);
        }
        upload.clearFileList();
    }

    private UploadI18N chinese() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("calendar.upload.button"))
                .setMany(getTranslation("calendar.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("calendar.upload.drop"))
                .setMany(getTranslation("calendar.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("一次只能上传一个文件")
                .setFileIsTooBig(getTranslation("calendar.upload.tooBig"))
                .setIncorrectFileType(getTranslation("calendar.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("正在连接…").setStalled("上传已停滞")
                        .setProcessing("正在处理…").setHeld("排队中"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("剩余时间：").setUnknown("剩余时间未知"))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("服务器不可用，请稍后重试")
                        .setUnexpectedServerError("服务器出错，上传失败").setForbidden("没有上传权限")));
        i18n.setFile(new UploadI18N.File().setRetry("重试").setStart("开始").setRemove("移除"));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }
}
