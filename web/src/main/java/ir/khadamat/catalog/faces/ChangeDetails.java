package ir.khadamat.catalog.faces;

import ir.khadamat.catalog.HistoryDetails;
import ir.khadamat.web.Display;
import ir.khadamat.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The details of a card's change in its history, in words of the reader's language
 * ({@code #{changeDetails.of(event.details)}}): «نسخه ۴ · شرح خدمت، هزینه‌ها», never the trail's own text.
 */
@Named
@RequestScoped
public class ChangeDetails {

    @Inject
    Messages messages;

    @Inject
    FieldNames fieldNames;

    @Inject
    Display show;

    public String of(String details) {
        HistoryDetails d = HistoryDetails.parse(details);
        List<String> parts = new ArrayList<>();
        if (d.version() != null) {
            parts.add(messages.format("history.detail.version", show.number(d.version())));
        }
        if (d.nationalVersion() != null) {
            parts.add(messages.format("history.detail.national", show.number(d.nationalVersion())));
        }
        if (d.serviceId() != null) {
            parts.add(messages.format("history.detail.serviceId", show.digits(d.serviceId())));
        }
        if (d.status() != null) {
            parts.add(show.status(d.status()));
        }
        if (!d.fields().isEmpty()) {
            parts.add(d.fields().stream().map(fieldNames::of).distinct()
                    .collect(Collectors.joining(messages.isPersian() ? "، " : ", ")));
        }
        return String.join(" · ", parts);
    }
}
